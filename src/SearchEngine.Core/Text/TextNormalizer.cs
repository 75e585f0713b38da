using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.Miscellaneous;

namespace SearchEngine.Text;

/// <summary>
/// The canonical text forms every search field is built from.
/// <see cref="Normalize"/>: lower case; compatibility characters mapped (full-width, ligatures, odd spaces,
/// curly apostrophes, dashes); combining sequences composed from our own letter table (never
/// <see cref="string.Normalize()"/>, which is a no-op in globalization-invariant mode); one tone placement per
/// syllable; ð/Ð read as đ. <see cref="Fold"/>: the same with every mark removed and đ → d.
/// <see cref="Compact"/>: folded with everything but letters and digits removed.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text) => Run(text, fold: false);

    public static string Fold(string text) => Run(text, fold: true);

    /// <summary>Folded, letters and digits only: <c>Vina-Milk</c> → <c>vinamilk</c>, <c>Biti's</c> → <c>bitis</c>.</summary>
    public static string Compact(string text)
    {
        var folded = Fold(text);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>True when the text has any letter that folding changes (a Vietnamese or other accented letter).</summary>
    public static bool HasDiacritics(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007F' && (char.IsLetter(c) || VietnameseLetters.IsCombiningMark(c))) return true;
        }

        return false;
    }

    [ThreadStatic]
    private static LetterRun? _cachedRun;

    [ThreadStatic]
    private static StringBuilder? _cachedBuilder;

    private static string Run(string? text, bool fold)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        if (IsAlreadyCanonical(text)) return text;

        // Called once per token by the analyzers: reuse the buffers of this thread.
        var sb = _cachedBuilder ?? new StringBuilder();
        _cachedBuilder = null;
        sb.Clear();
        var run = _cachedRun ?? new LetterRun();
        _cachedRun = null;
        try
        {
            Convert(text, fold, sb, run);
            return sb.ToString();
        }
        finally
        {
            run.Clear();
            if (sb.Capacity <= 4096) _cachedBuilder = sb;
            if (run.Capacity <= 1024) _cachedRun = run; // do not keep a megabyte-long run's buffers alive
        }
    }

    /// <summary>Lower-case ASCII letters, digits and plain punctuation are their own normal and folded form.</summary>
    private static bool IsAlreadyCanonical(string text)
    {
        foreach (var c in text)
        {
            if (c > '~' || c < ' ' || c is >= 'A' and <= 'Z' || c == '`') return false;
        }

        return true;
    }

    private static void Convert(string text, bool fold, StringBuilder sb, LetterRun run)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c))
            {
                run.Flush(sb, fold);
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    sb.Append(c).Append(text[++i]);
                }
                else
                {
                    sb.Append(' '); // a lone surrogate is not text
                }

                continue;
            }

            if (IsMark(c))
            {
                run.AddMark(c); // a mark with no letter before it is dropped
                continue;
            }

            var expansion = CompatibilityCharacters.Expand(c);
            if (expansion is not null)
            {
                foreach (var e in expansion) Add(e, sb, run, fold);
                continue;
            }

            var mapped = CompatibilityCharacters.Map(c);
            if (mapped != CompatibilityCharacters.Removed) Add(mapped, sb, run, fold);
        }

        run.Flush(sb, fold);
    }

    private static void Add(char c, StringBuilder sb, LetterRun run, bool fold)
    {
        if (char.IsLetter(c))
        {
            run.AddLetter(c);
        }
        else
        {
            run.Flush(sb, fold);
            sb.Append(c);
        }
    }

    private static bool IsMark(char c) =>
        c >= '\u0300' && (VietnameseLetters.IsCombiningMark(c) ||
                          CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark);

    /// <summary>The letters of one run between non-letters, decomposed into toneless letter + tone + other marks.</summary>
    private sealed class LetterRun
    {
        private char[] _letters = new char[16];
        private Tone[] _tones = new Tone[16];
        private string?[] _marks = new string?[16];
        private int _count;

        public void AddLetter(char c)
        {
            if (_count == _letters.Length)
            {
                Array.Resize(ref _letters, _count * 2);
                Array.Resize(ref _tones, _count * 2);
                Array.Resize(ref _marks, _count * 2);
            }

            if (VietnameseLetters.TryDecompose(c, out var toneless, out var tone, out _))
            {
                _letters[_count] = toneless;
                _tones[_count] = tone;
            }
            else
            {
                _letters[_count] = c < '\u0080' ? (char)(c | 0x20) : char.ToLowerInvariant(c); // ASCII letters: a bit flip
                _tones[_count] = Tone.Level;
            }

            _marks[_count] = null;
            _count++;
        }

        public void AddMark(char mark)
        {
            if (_count == 0) return;
            var last = _count - 1;
            var tone = VietnameseLetters.ToneOfCombiningMark(mark);
            if (tone is not null && VietnameseLetters.IsVowel(_letters[last]))
            {
                _tones[last] = tone.Value;
                return;
            }

            var quality = VietnameseLetters.ApplyQualityMark(_letters[last], mark);
            if (quality is not null)
            {
                _letters[last] = quality.Value;
                return;
            }

            _marks[last] += mark.ToString();
        }

        public int Capacity => _letters.Length;

        public void Clear() => _count = 0;

        public void Flush(StringBuilder sb, bool fold)
        {
            if (_count == 0) return;
            if (fold) AppendFolded(sb);
            else AppendNormalized(sb);
            _count = 0;
        }

        private void AppendNormalized(StringBuilder sb)
        {
            var letters = _letters.AsSpan(0, _count);
            var toneAt = TonePlacement.ToneIndex(letters);
            if (toneAt >= 0)
            {
                var tone = Tone.Level;
                for (var k = 0; k < _count && tone == Tone.Level; k++) tone = _tones[k];
                for (var k = 0; k < _count; k++) _tones[k] = k == toneAt ? tone : Tone.Level;
            }

            for (var k = 0; k < _count; k++)
            {
                sb.Append(VietnameseLetters.Compose(_letters[k], _tones[k]));
                if (_marks[k] is { } m) sb.Append(m);
            }
        }

        private void AppendFolded(StringBuilder sb)
        {
            for (var k = 0; k < _count; k++)
            {
                var c = VietnameseLetters.FoldToAscii(_letters[k]);
                if (c < '\u0080') sb.Append(c);
                else AppendAsciiFolded(sb, c);
            }
        }

        private static void AppendAsciiFolded(StringBuilder sb, char c)
        {
            // Lucene's table covers the other Latin letters (ç, ñ, ß, ø...); anything it leaves stays as it is.
            var input = new[] { c };
            var output = new char[4];
            var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, 1);
            sb.Append(output, 0, length);
        }
    }
}
