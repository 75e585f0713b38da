using System.Text;

namespace SearchEngine.Phonetics;

/// <summary>The two codes Double Metaphone gives a word: the likeliest pronunciation and an alternate one.</summary>
/// <param name="Primary">Primary code, at most four characters.</param>
/// <param name="Alternate">Alternate code; equal to <paramref name="Primary"/> when the word has no second reading.</param>
public readonly record struct MetaphoneCode(string Primary, string Alternate)
{
    /// <summary>True when the word has a second reading that differs from the first.</summary>
    public bool HasDistinctAlternate => !string.Equals(Primary, Alternate, StringComparison.Ordinal);
}

/// <summary>
/// Double Metaphone as Lawrence Philips defined it in his C++ reference (C/C++ Users Journal, June 2000):
/// the same rule order, the same string tests against a space-padded upper-case copy of the word, and
/// codes cut to four characters. Kept faithful on purpose, quirks included (e.g. "IER " only matching at
/// the end of a word, W-initial words still reaching the -WICZ rule), because its value is comparability
/// with every other Double Metaphone index.
/// </summary>
public static class DoubleMetaphone
{
    /// <summary>Longest code the reference returns.</summary>
    public const int MaxCodeLength = 4;

    // The reference pads the word with five spaces so rules can look past its end without bounds checks.
    private const string Padding = "     ";

    /// <summary>Encodes one word (any case; letters outside A-Z, Ç and Ñ are skipped).</summary>
    public static MetaphoneCode Encode(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length == 0) return new MetaphoneCode("", "");
        var state = new Encoder(word.ToUpperInvariant());
        return state.Run();
    }

    private sealed class Encoder
    {
        private readonly string _s;      // upper-cased word + padding
        private readonly int _length;    // length without padding
        private readonly int _last;
        private readonly StringBuilder _primary = new(8);
        private readonly StringBuilder _secondary = new(8);
        private readonly bool _slavoGermanic;

        public Encoder(string upper)
        {
            _length = upper.Length;
            _last = _length - 1;
            _s = upper + Padding;
            _slavoGermanic = upper.Contains('W') || upper.Contains('K') ||
                             upper.Contains("CZ", StringComparison.Ordinal) || upper.Contains("WITZ", StringComparison.Ordinal);
        }

        public MetaphoneCode Run()
        {
            var current = 0;
            if (At(0, 2, "GN", "KN", "PN", "WR", "PS")) current += 1;

            // Initial X sounds like S, e.g. Xavier.
            if (Char(0) == 'X')
            {
                Add("S");
                current += 1;
            }

            while (_primary.Length < MaxCodeLength || _secondary.Length < MaxCodeLength)
            {
                if (current >= _length) break;
                current = Step(current);
            }

            return new MetaphoneCode(Cut(_primary), Cut(_secondary));
        }

        private static string Cut(StringBuilder b) => b.Length > MaxCodeLength ? b.ToString(0, MaxCodeLength) : b.ToString();

        private int Step(int current) => Char(current) switch
        {
            'A' or 'E' or 'I' or 'O' or 'U' or 'Y' => Vowel(current),
            'B' => Simple(current, "P", 'B'),
            'Ç' => AddAndMove("S", current, 1),
            'C' => C(current),
            'D' => D(current),
            'F' => Simple(current, "F", 'F'),
            'G' => G(current),
            'H' => H(current),
            'J' => J(current),
            'K' => Simple(current, "K", 'K'),
            'L' => L(current),
            'M' => M(current),
            'N' => Simple(current, "N", 'N'),
            'Ñ' => AddAndMove("N", current, 1),
            'P' => P(current),
            'Q' => Simple(current, "K", 'Q'),
            'R' => R(current),
            'S' => S(current),
            'T' => T(current),
            'V' => Simple(current, "F", 'V'),
            'W' => W(current),
            'X' => X(current),
            'Z' => Z(current),
            _ => current + 1,
        };

        private int Vowel(int current)
        {
            // All initial vowels map to A; vowels elsewhere are dropped.
            if (current == 0) Add("A");
            return current + 1;
        }

        private int Simple(int current, string code, char doubled)
        {
            Add(code);
            return Char(current + 1) == doubled ? current + 2 : current + 1;
        }

        private int AddAndMove(string code, int current, int step)
        {
            Add(code);
            return current + step;
        }

        private int C(int current)
        {
            // Germanic -ACH- (e.g. Bacher, Macher) is K, but not before I or E.
            if (current > 1 && !IsVowel(current - 2) && At(current - 1, 3, "ACH") && Char(current + 2) != 'I' &&
                (Char(current + 2) != 'E' || At(current - 2, 6, "BACHER", "MACHER")))
            {
                return AddAndMove("K", current, 2);
            }

            if (current == 0 && At(current, 6, "CAESAR")) return AddAndMove("S", current, 2);
            if (At(current, 4, "CHIA")) return AddAndMove("K", current, 2); // Italian chianti
            if (At(current, 2, "CH")) return Ch(current);

            // Polish cz (Czerny), but not -wicz.
            if (At(current, 2, "CZ") && !At(current - 2, 4, "WICZ"))
            {
                Add("S", "X");
                return current + 2;
            }

            if (At(current + 1, 3, "CIA")) return AddAndMove("X", current, 3); // focaccia

            // Double C, but not McClellan.
            if (At(current, 2, "CC") && !(current == 1 && Char(0) == 'M'))
            {
                if (At(current + 2, 1, "I", "E", "H") && !At(current + 2, 2, "HU"))
                {
                    // accident, accede, succeed are KS; Italian bacci, bertucci are X.
                    Add((current == 1 && Char(current - 1) == 'A') || At(current - 1, 5, "UCCEE", "UCCES") ? "KS" : "X");
                    return current + 3;
                }

                return AddAndMove("K", current, 2); // Pierce's rule
            }

            if (At(current, 2, "CK", "CG", "CQ")) return AddAndMove("K", current, 2);

            if (At(current, 2, "CI", "CE", "CY"))
            {
                if (At(current, 3, "CIO", "CIE", "CIA")) Add("S", "X");
                else Add("S");
                return current + 2;
            }

            Add("K");
            if (At(current + 1, 2, " C", " Q", " G")) return current + 3; // Mac Caffrey, Mac Gregor
            if (At(current + 1, 1, "C", "K", "Q") && !At(current + 1, 2, "CE", "CI")) return current + 2;
            return current + 1;
        }

        private int Ch(int current)
        {
            if (current > 0 && At(current, 4, "CHAE"))
            {
                Add("K", "X"); // Michael
                return current + 2;
            }

            // Greek roots at the start: chemistry, chorus, but not chore.
            if (current == 0 && (At(current + 1, 5, "HARAC", "HARIS") || At(current + 1, 3, "HOR", "HYM", "HIA", "HEM")) &&
                !At(0, 5, "CHORE"))
            {
                return AddAndMove("K", current, 2);
            }

            // Germanic or Greek CH for a KH sound: architect (not arch), orchestra, orchid, Wachtler, Wechsler.
            if (At(0, 4, "VAN ", "VON ") || At(0, 3, "SCH") ||
                At(current - 2, 6, "ORCHES", "ARCHIT", "ORCHID") ||
                At(current + 2, 1, "T", "S") ||
                ((At(current - 1, 1, "A", "O", "U", "E") || current == 0) &&
                 At(current + 2, 1, "L", "R", "N", "M", "B", "H", "F", "V", "W", " ")))
            {
                Add("K");
            }
            else if (current > 0)
            {
                if (At(0, 2, "MC")) Add("K"); // McHugh
                else Add("X", "K");
            }
            else
            {
                Add("X");
            }

            return current + 2;
        }

        private int D(int current)
        {
            if (At(current, 2, "DG"))
            {
                if (At(current + 2, 1, "I", "E", "Y")) return AddAndMove("J", current, 3); // edge
                return AddAndMove("TK", current, 2);                                       // Edgar
            }

            if (At(current, 2, "DT", "DD")) return AddAndMove("T", current, 2);
            return AddAndMove("T", current, 1);
        }

        private int G(int current)
        {
            if (Char(current + 1) == 'H') return Gh(current);

            if (Char(current + 1) == 'N')
            {
                if (current == 1 && IsVowel(0) && !_slavoGermanic) Add("KN", "N");
                else if (!At(current + 2, 2, "EY") && Char(current + 1) != 'Y' && !_slavoGermanic) Add("N", "KN");
                else Add("KN");
                return current + 2;
            }

            if (At(current + 1, 2, "LI") && !_slavoGermanic)
            {
                Add("KL", "L"); // Italian tagliaro
                return current + 2;
            }

            // -ges-, -gep-, -gel-, -gie- at the beginning.
            if (current == 0 && (Char(current + 1) == 'Y' ||
                                 At(current + 1, 2, "ES", "EP", "EB", "EL", "EY", "IB", "IL", "IN", "IE", "EI", "ER")))
            {
                Add("K", "J");
                return current + 2;
            }

            // -ger-, -gy-, but not danger, ranger, manger, nor after E or I, nor -rgy-/-ogy-.
            if ((At(current + 1, 2, "ER") || Char(current + 1) == 'Y') &&
                !At(0, 6, "DANGER", "RANGER", "MANGER") &&
                !At(current - 1, 1, "E", "I") &&
                !At(current - 1, 3, "RGY", "OGY"))
            {
                Add("K", "J");
                return current + 2;
            }

            // Italian, e.g. Biaggi.
            if (At(current + 1, 1, "E", "I", "Y") || At(current - 1, 4, "AGGI", "OGGI"))
            {
                if (At(0, 4, "VAN ", "VON ") || At(0, 3, "SCH") || At(current + 1, 2, "ET")) Add("K");
                else if (At(current + 1, 4, "IER ")) Add("J"); // always soft with the French ending
                else Add("J", "K");
                return current + 2;
            }

            Add("K");
            return Char(current + 1) == 'G' ? current + 2 : current + 1;
        }

        private int Gh(int current)
        {
            if (current > 0 && !IsVowel(current - 1)) return AddAndMove("K", current, 2);

            if (current == 0)
            {
                // Ghislane, Ghiradelli.
                Add(Char(current + 2) == 'I' ? "J" : "K");
                return current + 2;
            }

            // Parker's rule: hugh, bough, broughton are silent.
            if ((current > 1 && At(current - 2, 1, "B", "H", "D")) ||
                (current > 2 && At(current - 3, 1, "B", "H", "D")) ||
                (current > 3 && At(current - 4, 1, "B", "H")))
            {
                return current + 2;
            }

            // laugh, McLaughlin, cough, gough, rough, tough.
            if (current > 2 && Char(current - 1) == 'U' && At(current - 3, 1, "C", "G", "L", "R", "T")) Add("F");
            else if (current > 0 && Char(current - 1) != 'I') Add("K");
            return current + 2;
        }

        private int H(int current)
        {
            // Kept only at the start or between vowels.
            if ((current == 0 || IsVowel(current - 1)) && IsVowel(current + 1)) return AddAndMove("H", current, 2);
            return current + 1;
        }

        private int J(int current)
        {
            // Spanish: Jose, San Jacinto.
            if (At(current, 4, "JOSE") || At(0, 4, "SAN "))
            {
                if ((current == 0 && Char(current + 4) == ' ') || At(0, 4, "SAN ")) Add("H");
                else Add("J", "H");
                return current + 1;
            }

            if (current == 0 && !At(current, 4, "JOSE"))
            {
                Add("J", "A"); // Yankelovich / Jankelowicz
            }
            else if (IsVowel(current - 1) && !_slavoGermanic && (Char(current + 1) == 'A' || Char(current + 1) == 'O'))
            {
                Add("J", "H"); // Spanish bajador
            }
            else if (current == _last)
            {
                Add("J", " ");
            }
            else if (!At(current + 1, 1, "L", "T", "K", "S", "N", "M", "B", "Z") && !At(current - 1, 1, "S", "K", "L"))
            {
                Add("J");
            }

            return Char(current + 1) == 'J' ? current + 2 : current + 1;
        }

        private int L(int current)
        {
            if (Char(current + 1) == 'L')
            {
                // Spanish cabrillo, gallegos: the LL may be silent.
                if ((current == _length - 3 && At(current - 1, 4, "ILLO", "ILLA", "ALLE")) ||
                    ((At(_last - 1, 2, "AS", "OS") || At(_last, 1, "A", "O")) && At(current - 1, 4, "ALLE")))
                {
                    Add("L", " ");
                    return current + 2;
                }

                Add("L");
                return current + 2;
            }

            Add("L");
            return current + 1;
        }

        private int M(int current)
        {
            // dumb, thumb: the B after M is silent.
            var skip = (At(current - 1, 3, "UMB") && (current + 1 == _last || At(current + 2, 2, "ER"))) || Char(current + 1) == 'M';
            Add("M");
            return skip ? current + 2 : current + 1;
        }

        private int P(int current)
        {
            if (Char(current + 1) == 'H') return AddAndMove("F", current, 2);
            Add("P"); // campbell, raspberry
            return At(current + 1, 1, "P", "B") ? current + 2 : current + 1;
        }

        private int R(int current)
        {
            // French Rogier, but not Hochmeier.
            if (current == _last && !_slavoGermanic && At(current - 2, 2, "IE") && !At(current - 4, 2, "ME", "MA")) Add("", "R");
            else Add("R");
            return Char(current + 1) == 'R' ? current + 2 : current + 1;
        }

        private int S(int current)
        {
            if (At(current - 1, 3, "ISL", "YSL")) return current + 1; // island, isle, Carlisle

            if (current == 0 && At(current, 5, "SUGAR"))
            {
                Add("X", "S");
                return current + 1;
            }

            if (At(current, 2, "SH"))
            {
                Add(At(current + 1, 4, "HEIM", "HOEK", "HOLM", "HOLZ") ? "S" : "X"); // Germanic -sheim etc.
                return current + 2;
            }

            // Italian and Armenian -sio-, -sia-, -sian.
            if (At(current, 3, "SIO", "SIA") || At(current, 4, "SIAN"))
            {
                if (!_slavoGermanic) Add("S", "X");
                else Add("S");
                return current + 3;
            }

            // Smith matches Schmidt, Snider matches Schneider; Slavic -sz-.
            if ((current == 0 && At(current + 1, 1, "M", "N", "L", "W")) || At(current + 1, 1, "Z"))
            {
                Add("S", "X");
                return At(current + 1, 1, "Z") ? current + 2 : current + 1;
            }

            if (At(current, 2, "SC")) return Sc(current);

            // French Resnais, Artois.
            if (current == _last && At(current - 2, 2, "AI", "OI")) Add("", "S");
            else Add("S");
            return At(current + 1, 1, "S", "Z") ? current + 2 : current + 1;
        }

        private int Sc(int current)
        {
            // Schlesinger's rule.
            if (Char(current + 2) == 'H')
            {
                if (At(current + 3, 2, "OO", "ER", "EN", "UY", "ED", "EM"))
                {
                    // Dutch school, schooner; Schermerhorn, Schenker have both readings.
                    if (At(current + 3, 2, "ER", "EN")) Add("X", "SK");
                    else Add("SK");
                    return current + 3;
                }

                if (current == 0 && !IsVowel(3) && Char(3) != 'W') Add("X", "S");
                else Add("X");
                return current + 3;
            }

            if (At(current + 2, 1, "I", "E", "Y")) return AddAndMove("S", current, 3);
            return AddAndMove("SK", current, 3);
        }

        private int T(int current)
        {
            if (At(current, 4, "TION")) return AddAndMove("X", current, 3);
            if (At(current, 3, "TIA", "TCH")) return AddAndMove("X", current, 3);

            if (At(current, 2, "TH") || At(current, 3, "TTH"))
            {
                // Thomas, Thames, or Germanic names keep a plain T.
                if (At(current + 2, 2, "OM", "AM") || At(0, 4, "VAN ", "VON ") || At(0, 3, "SCH")) Add("T");
                else Add("0", "T");
                return current + 2;
            }

            Add("T");
            return At(current + 1, 1, "T", "D") ? current + 2 : current + 1;
        }

        private int W(int current)
        {
            if (At(current, 2, "WR")) return AddAndMove("R", current, 2);

            if (current == 0 && (IsVowel(current + 1) || At(current, 2, "WH")))
            {
                // Wasserman matches Vasserman; Uomo matches Womo.
                if (IsVowel(current + 1)) Add("A", "F");
                else Add("A");
            }

            // Arnow matches Arnoff; Polish -ewski.
            if ((current == _last && IsVowel(current - 1)) || At(current - 1, 5, "EWSKI", "EWSKY", "OWSKI", "OWSKY") || At(0, 3, "SCH"))
            {
                Add("", "F");
                return current + 1;
            }

            if (At(current, 4, "WICZ", "WITZ"))
            {
                Add("TS", "FX"); // Polish Filipowicz
                return current + 4;
            }

            return current + 1;
        }

        private int X(int current)
        {
            // French breaux: a final X after -IAU, -EAU, -AU, -OU is silent.
            if (!(current == _last && (At(current - 3, 3, "IAU", "EAU") || At(current - 2, 2, "AU", "OU")))) Add("KS");
            return At(current + 1, 1, "C", "X") ? current + 2 : current + 1;
        }

        private int Z(int current)
        {
            if (Char(current + 1) == 'H') return AddAndMove("J", current, 2); // Chinese pinyin zhao

            if (At(current + 1, 2, "ZO", "ZI", "ZA") || (_slavoGermanic && current > 0 && Char(current - 1) != 'T')) Add("S", "TS");
            else Add("S");
            return Char(current + 1) == 'Z' ? current + 2 : current + 1;
        }

        private bool IsVowel(int at) => at >= 0 && at < _length && Char(at) is 'A' or 'E' or 'I' or 'O' or 'U' or 'Y';

        private char Char(int at) => at >= 0 && at < _s.Length ? _s[at] : '\0';

        // The reference's StringAt: false for a negative start, otherwise compares the padded substring.
        private bool At(int start, int length, params ReadOnlySpan<string> options)
        {
            if (start < 0 || start >= _s.Length) return false;
            var end = Math.Min(_s.Length, start + length);
            var slice = _s.AsSpan(start, end - start);
            foreach (var o in options)
            {
                if (slice.SequenceEqual(o)) return true;
            }

            return false;
        }

        private void Add(string main)
        {
            _primary.Append(main);
            _secondary.Append(main);
        }

        // The reference's two-argument MetaphAdd: an empty alternate repeats the main code, a single space
        // means "nothing for the alternate".
        private void Add(string main, string alternate)
        {
            _primary.Append(main);
            if (alternate.Length > 0)
            {
                if (alternate[0] != ' ') _secondary.Append(alternate);
            }
            else if (main.Length > 0 && main[0] != ' ')
            {
                _secondary.Append(main);
            }
        }
    }
}
