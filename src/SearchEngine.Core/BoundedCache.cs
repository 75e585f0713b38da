using System.Collections.Concurrent;

namespace SearchEngine;

/// <summary>
/// Results of a pure function of a string (a word's forms, a token's keys), kept for the next caller: thread-safe,
/// and emptied when it holds <paramref name="capacity"/> entries, so odd inputs cannot grow it without bound.
/// </summary>
internal sealed class BoundedCache<TValue>(int capacity)
{
    private readonly ConcurrentDictionary<string, TValue> _items = new(StringComparer.Ordinal);
    private int _count; // ConcurrentDictionary.Count takes every lock: counted here instead

    public TValue GetOrAdd(string key, Func<string, TValue> compute)
    {
        if (_items.TryGetValue(key, out var known)) return known;
        var value = compute(key);
        if (_items.TryAdd(key, value) && Interlocked.Increment(ref _count) > capacity)
        {
            _items.Clear();
            Interlocked.Exchange(ref _count, 0);
        }

        return value;
    }
}
