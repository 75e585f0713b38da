using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SearchEngine.Indexing;

namespace SearchEngine.Ranking;

/// <summary>
/// The examiners' judgements, kept as an append-only JSON Lines file (<c>feedback/feedback.jsonl</c>).
/// Each line is <c>{"entry":{...},"sha256":"…"}</c>, the hash taken over the entry's exact bytes, and each
/// append is fsync'd before it returns. A process killed mid-write leaves at most one torn last line: reading
/// skips it (its hash cannot match), and the next append starts on a fresh line so earlier records stay intact.
/// </summary>
public sealed class FeedbackLog
{
    public const string FileName = "feedback.jsonl";

    private static readonly ConcurrentDictionary<string, object> Locks = new(StringComparer.Ordinal);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly object _lock;

    public FeedbackLog(string folder)
    {
        Folder = folder;
        Path = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, FileName));
        _lock = Locks.GetOrAdd(Path, _ => new object());
    }

    public FeedbackLog(IndexLayout layout) : this(layout.Feedback) { }

    public string Folder { get; }

    public string Path { get; }

    /// <summary>Validates the entry and appends it durably; it is on disk when this returns.</summary>
    public void Append(FeedbackEntry entry)
    {
        entry.Validate();
        var entryJson = JsonSerializer.SerializeToUtf8Bytes(entry, Json);
        var line = new StringBuilder()
            .Append("{\"entry\":").Append(Encoding.UTF8.GetString(entryJson))
            .Append(",\"sha256\":\"").Append(Hash(entryJson)).Append("\"}\n");
        var bytes = Encoding.UTF8.GetBytes(line.ToString());

        lock (_lock)
        {
            Directory.CreateDirectory(Folder);
            // FileShare.Read: one writer at a time across processes, readers welcome.
            using var stream = OpenForAppend();
            if (stream.Length > 0)
            {
                stream.Seek(-1, SeekOrigin.End);
                if (stream.ReadByte() != '\n') stream.WriteByte((byte)'\n'); // close a torn line left by a crash
            }

            stream.Seek(0, SeekOrigin.End);
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }
    }

    /// <summary>Every intact entry, in the order appended.</summary>
    public IReadOnlyList<FeedbackEntry> ReadAll() => Scan().Entries;

    /// <summary>Every intact entry, and the line numbers of lines that were torn or damaged and skipped.</summary>
    public FeedbackScan Scan()
    {
        var entries = new List<FeedbackEntry>();
        var damaged = new List<int>();
        if (!File.Exists(Path)) return new FeedbackScan(entries, damaged);

        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: false));
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0) continue;
            if (TryParse(line) is { } entry) entries.Add(entry);
            else damaged.Add(number);
        }

        return new FeedbackScan(entries, damaged);
    }

    private FileStream OpenForAppend()
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(Path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
            }
            catch (IOException) when (attempt < 50 && File.Exists(Path))
            {
                Thread.Sleep(20); // another process is appending; its append takes milliseconds
            }
        }
    }

    private static FeedbackEntry? TryParse(string line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            if (!doc.RootElement.TryGetProperty("entry", out var entryElement) ||
                !doc.RootElement.TryGetProperty("sha256", out var hash) || hash.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            var raw = Encoding.UTF8.GetBytes(entryElement.GetRawText());
            if (hash.GetString() != Hash(raw)) return null;
            var entry = entryElement.Deserialize<FeedbackEntry>(Json);
            if (entry is null) return null;
            entry.Validate();
            return entry;
        }
        catch (Exception e) when (e is JsonException or SearchEngineException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    private static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
}

/// <summary>The intact entries of a feedback log and the numbers of the damaged lines skipped.</summary>
public sealed record FeedbackScan(IReadOnlyList<FeedbackEntry> Entries, IReadOnlyList<int> DamagedLines);
