using System.Globalization;

namespace SearchEngine.Cli;

/// <summary>
/// The arguments after a verb's name: <c>--name value</c> options, <c>--flag</c> switches and positionals.
/// A verb declares which options take a value; everything else starting with <c>--</c> is a switch.
/// </summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _switches = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public Arguments(IReadOnlyList<string> args, IEnumerable<string> optionsWithValue)
    {
        var valued = new HashSet<string>(optionsWithValue, StringComparer.Ordinal);
        var positionals = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2)
            {
                var name = a[2..];
                var eq = name.IndexOf('=');
                if (eq > 0)
                {
                    _options[name[..eq]] = name[(eq + 1)..];
                }
                else if (valued.Contains(name))
                {
                    if (i + 1 >= args.Count) throw new UsageException($"option --{name} needs a value");
                    _options[name] = args[++i];
                }
                else
                {
                    _switches.Add(name);
                }
            }
            else
            {
                positionals.Add(a);
            }
        }

        Positionals = positionals;
    }

    public IReadOnlyList<string> Positionals { get; }

    public bool Has(string flag)
    {
        _read.Add(flag);
        return _switches.Contains(flag) || _options.ContainsKey(flag);
    }

    public string? Get(string name)
    {
        _read.Add(name);
        return _options.GetValueOrDefault(name);
    }

    public string Require(string name) => Get(name) ?? throw new UsageException($"option --{name} is required");

    public int GetInt(string name, int fallback, int min = int.MinValue, int max = int.MaxValue)
    {
        var raw = Get(name);
        if (raw is null) return fallback;
        if (!int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) || v < min || v > max)
        {
            throw new UsageException($"option --{name} must be a whole number from {min} to {max}, not '{raw}'");
        }

        return v;
    }

    /// <summary>Rejects options and switches the verb never asked about, so typos do not pass silently.</summary>
    public void RejectUnknown()
    {
        var unknown = _options.Keys.Concat(_switches).Where(k => !_read.Contains(k)).ToList();
        if (unknown.Count > 0) throw new UsageException($"unknown option --{unknown[0]}");
    }
}
