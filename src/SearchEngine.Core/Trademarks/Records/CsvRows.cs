using System.Text;

namespace SearchEngine.Trademarks;

/// <summary>
/// RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. A quote that is never
/// closed must not swallow the rest of the file (nor hold it in memory): after <see cref="MaxLinesInField"/>
/// lines, or at the end of the file, its row is given up as bad and the lines it took are read again as rows.
/// </summary>
internal sealed class CsvRows(TextReader reader)
{
    public const int MaxLinesInField = 100;

    private readonly LinkedList<(string Text, long Number)> _again = [];
    private long _line;

    /// <summary>The last row read had a quoted field that never closed; its fields are empty.</summary>
    public bool UnclosedQuote { get; private set; }

    public bool TryRead(out List<string> fields, out long lineNumber)
    {
        fields = [];
        UnclosedQuote = false;
        if (NextLine() is not { } first)
        {
            lineNumber = _line + 1;
            return false;
        }

        lineNumber = first.Number;
        var text = first.Text;
        var taken = new List<(string Text, long Number)>();
        var sb = new StringBuilder();
        var quoted = false;
        var i = 0;
        while (true)
        {
            if (i >= text.Length)
            {
                if (!quoted) break;
                if (taken.Count == MaxLinesInField || NextLine() is not { } next)
                {
                    for (var t = taken.Count - 1; t >= 0; t--) _again.AddFirst(taken[t]);
                    fields = [];
                    UnclosedQuote = true;
                    return true;
                }

                taken.Add(next);
                sb.Append('\n');
                text = next.Text;
                i = 0;
                continue;
            }

            var c = text[i++];
            if (quoted)
            {
                if (c != '"') sb.Append(c);
                else if (i < text.Length && text[i] == '"') { sb.Append('"'); i++; }
                else quoted = false;
            }
            else if (c == '"' && sb.Length == 0) quoted = true;
            else if (c == ',') { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }

        fields.Add(sb.ToString());
        return true;
    }

    private (string Text, long Number)? NextLine()
    {
        if (_again.First is { } node)
        {
            _again.RemoveFirst();
            return node.Value;
        }

        return reader.ReadLine() is { } text ? (text, ++_line) : null;
    }
}
