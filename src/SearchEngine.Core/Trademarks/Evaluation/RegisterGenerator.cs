using System.Globalization;
using SearchEngine.Classifications.Nice;
using SearchEngine.Text;

namespace SearchEngine.Trademarks.Evaluation;

/// <summary>
/// Builds a realistic, entirely generated register from two shipped word lists: real brand names
/// (simple-icons titles, CC0) and Vietnamese words (pyvi, MIT). Mark texts are real vocabulary written
/// the ways marks are written (title case, capitals, compact without marks, with a generic word that is
/// then disclaimed); classes, owners, dates and statuses are drawn at random. The same seed always gives
/// the same register. Up to the size of the vocabulary every mark is a distinct entry (the shipped
/// sample); beyond it, marks combine words (the scale-test registers).
/// </summary>
public sealed class RegisterGenerator
{
    private static readonly string[] VietnameseGenerics = ["Cà Phê", "Bánh", "Phở", "Nước Mắm", "Thực Phẩm", "Việt Nam", "Hà Nội", "Sài Gòn"];
    private static readonly string[] EnglishGenerics = ["Group", "Food", "Global", "Pro", "Express", "Corp", "International", "Plus", "Labs", "Tech"];
    private static readonly string[] Surnames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
    private static readonly string[] CompanyForms = ["Công ty TNHH", "Công ty Cổ phần", "Hộ kinh doanh", "Doanh nghiệp tư nhân"];

    private readonly IReadOnlyList<string> _brands;
    private readonly IReadOnlyList<string> _words;
    private readonly Random _random;

    public RegisterGenerator(IReadOnlyList<string> brands, IReadOnlyList<string> vietnameseWords, int seed = 42)
    {
        if (brands.Count == 0 || vietnameseWords.Count == 0) throw new SearchEngineException("the generator needs brand names and Vietnamese words");
        _brands = brands;
        _words = vietnameseWords;
        _random = new Random(seed);
    }

    /// <summary>The generator over the word lists shipped in the library.</summary>
    public static RegisterGenerator FromShippedWords(int seed = 42) => new(
        EmbeddedText.ReadLines("Samples/trademarks-brands-cc0.txt").ToList(),
        EmbeddedText.ReadLines("vi/words-pyvi.txt.gz").Where(w => w.Any(char.IsLetter)).ToList(),
        seed);

    /// <summary>
    /// <paramref name="count"/> trademarks: every brand once, then Vietnamese words once each (in a shuffled
    /// order), then combined marks until the count is reached.
    /// </summary>
    public IEnumerable<Trademark> Generate(int count)
    {
        var words = _words.OrderBy(_ => _random.Next()).ToList();
        var brands = _brands.OrderBy(_ => _random.Next()).ToList();
        var brandShare = _brands.Count / (double)(_brands.Count + _words.Count);
        int b = 0, w = 0;
        for (var i = 0; i < count; i++)
        {
            var fromBrands = b < brands.Count && (w >= words.Count || _random.NextDouble() < brandShare);
            string mark;
            bool isBrand;
            if (fromBrands) (mark, isBrand) = (brands[b++], true);
            else if (w < words.Count) (mark, isBrand) = (Style(words[w++]), false);
            else (mark, isBrand) = Combined();
            yield return Dress(i, mark, isBrand);
        }
    }

    private (string Mark, bool IsBrand) Combined()
    {
        var roll = _random.NextDouble();
        if (roll < 0.15) return (_brands[_random.Next(_brands.Count)] + " " + Pick(EnglishGenerics.Concat(["Studio", "Online", "Asia", "Max", "One", "Go"]).ToArray()), true);
        var syllables = _random.Next(2, 5);
        var parts = new List<string>();
        while (parts.Sum(p => p.Count(c => c == ' ') + 1) < syllables) parts.Add(_words[_random.Next(_words.Count)]);
        return (Style(string.Join(' ', parts)), false);
    }

    /// <summary>Writes a Vietnamese word the ways marks are written.</summary>
    private string Style(string word)
    {
        var title = string.Join(' ', word.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TitleCase));
        var roll = _random.NextDouble();
        if (roll < 0.12) return title.ToUpperInvariant();
        if (roll < 0.20) return TextNormalizer.Fold(word).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        return title;
    }

    private static string TitleCase(string syllable) =>
        syllable.Length == 0 ? syllable : char.ToUpperInvariant(syllable[0]) + syllable[1..];

    private Trademark Dress(int index, string mark, bool isBrand)
    {
        var disclaimed = new List<string>();
        if (_random.NextDouble() < 0.14)
        {
            var generic = isBrand || _random.NextDouble() < 0.2 ? Pick(EnglishGenerics) : Pick(VietnameseGenerics);
            mark = _random.NextDouble() < 0.5 ? generic + " " + mark : mark + " " + generic;
            disclaimed.Add(generic);
        }

        var filing = new DateOnly(1995, 1, 1).AddDays(_random.Next(0, 31 * 365));
        var status = _random.NextDouble() switch
        {
            < 0.60 => MarkStatus.Registered,
            < 0.80 => MarkStatus.Pending,
            < 0.90 => MarkStatus.Expired,
            < 0.96 => MarkStatus.Refused,
            _ => MarkStatus.Withdrawn,
        };
        DateOnly? registration = status is MarkStatus.Registered or MarkStatus.Expired ? filing.AddDays(_random.Next(300, 900)) : null;
        var classCount = _random.NextDouble() switch { < 0.55 => 1, < 0.85 => 2, _ => 3 };
        var classes = new SortedSet<NiceClass>();
        while (classes.Count < classCount) classes.Add(new NiceClass(_random.Next(NiceClass.First, NiceClass.Last + 1)));
        var firstWord = mark.Split(' ')[0];
        var owner = isBrand ? $"{mark.Split(' ')[0]} {Pick(["Inc.", "Ltd.", "GmbH", "LLC", "Co., Ltd."])}" : $"{Pick(CompanyForms)} {Pick(Surnames)} {firstWord}";
        return new Trademark
        {
            Number = string.Create(CultureInfo.InvariantCulture, $"VN-4-{filing.Year}-{index:D6}"),
            Mark = mark,
            Classes = [.. classes],
            Owner = owner,
            Status = status,
            FilingDate = filing,
            RegistrationDate = registration,
            ExpiryDate = registration?.AddYears(10),
            Disclaimed = disclaimed,
        };
    }

    private string Pick(string[] items) => items[_random.Next(items.Length)];
}
