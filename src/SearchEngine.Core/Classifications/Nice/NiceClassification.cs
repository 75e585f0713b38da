using System.Globalization;
using SearchEngine.Text;
using SearchEngine.Trademarks;

namespace SearchEngine.Classifications.Nice;

/// <summary>
/// The Nice Classification as the engine ships it (Resources/nice/, sources and licences in its README):
/// the 45 class headings, WIPO's 10th-edition English list (9,115 terms with basic numbers), the project's
/// Vietnamese list and the Vietnamese words whose dictionary glosses are Nice terms. Loaded once.
/// </summary>
public sealed class NiceClassification
{
    private static readonly Lazy<NiceClassification> Shipped = new(Load);

    private readonly Dictionary<string, GoodsTerm> _byBasicNumber;

    public NiceClassification(IReadOnlyList<NiceClassHeading> classes, IReadOnlyList<GoodsTerm> terms)
    {
        Classes = classes;
        Terms = terms;
        _byBasicNumber = terms.Where(t => t.BasicNumber is not null).GroupBy(t => t.BasicNumber!).ToDictionary(g => g.Key, g => g.First());
    }

    /// <summary>The shipped classification, read from the embedded resources on first use.</summary>
    public static NiceClassification Default => Shipped.Value;

    public IReadOnlyList<NiceClassHeading> Classes { get; }

    public IReadOnlyList<GoodsTerm> Terms { get; }

    public NiceClassHeading Heading(NiceClass c) => Classes[c.Number - 1];

    /// <summary>The English list entry with this basic number (e.g. "300029" coffee), or null.</summary>
    public GoodsTerm? ByBasicNumber(string number) => _byBasicNumber.GetValueOrDefault(number);

    private static NiceClassification Load()
    {
        var classes = new List<NiceClassHeading>();
        var terms = new List<GoodsTerm>();
        foreach (var line in EmbeddedText.ReadLines("nice/nice-classes.tsv"))
        {
            var f = line.Split('\t');
            var c = new NiceClass(int.Parse(f[0], CultureInfo.InvariantCulture));
            classes.Add(new NiceClassHeading(c, f[1] == "services", f[2], f[3]));
            terms.Add(new GoodsTerm(c, f[2], GoodsLanguage.English, GoodsTermSource.Heading));
            terms.Add(new GoodsTerm(c, f[3], GoodsLanguage.Vietnamese, GoodsTermSource.Heading));
        }

        foreach (var line in EmbeddedText.ReadLines("nice/nice-terms-en.tsv.gz"))
        {
            var f = line.Split('\t');
            terms.Add(new GoodsTerm(new NiceClass(int.Parse(f[1], CultureInfo.InvariantCulture)), f[2], GoodsLanguage.English, GoodsTermSource.NiceList, f[0]));
        }

        foreach (var line in EmbeddedText.ReadLines("nice/nice-terms-vi.txt"))
        {
            var space = line.IndexOf(' ');
            var c = new NiceClass(int.Parse(line[..space], CultureInfo.InvariantCulture));
            foreach (var term in line[(space + 1)..].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                terms.Add(new GoodsTerm(c, term, GoodsLanguage.Vietnamese, GoodsTermSource.Curated));
            }
        }

        foreach (var file in new[] { "nice/nice-terms-vi-fvdp.tsv.gz", "nice/nice-terms-vi-wiktionary.tsv.gz" })
        {
            foreach (var line in EmbeddedText.ReadLines(file))
            {
                var f = line.Split('\t');
                terms.Add(new GoodsTerm(new NiceClass(int.Parse(f[0], CultureInfo.InvariantCulture)), f[2], GoodsLanguage.Vietnamese, GoodsTermSource.Dictionary, f[1]));
            }
        }

        return new NiceClassification(classes, terms);
    }
}
