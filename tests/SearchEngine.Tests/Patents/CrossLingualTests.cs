using SearchEngine.Patents;
using SearchEngine.Patents.CrossLingual;

namespace SearchEngine.Tests.Patents;

public class CrossLingualTests : IClassFixture<PatentTestIndex>
{
    private readonly PatentTestIndex _index;

    public CrossLingualTests(PatentTestIndex index) => _index = index;

    private PatentLibrary Lib => _index.Library;

    [Fact]
    public void A_vietnamese_query_finds_the_english_grant_and_says_which_translation_matched()
    {
        var result = Lib.Search(new PatentQuery("bộ lọc không khí"));
        var hit = Assert.Single(result.Hits, h => h.Number == "08419845");
        Assert.Contains(new QueryTranslation("bộ lọc không khí", "air filter", "en"), hit.MatchedTranslations);
        Assert.Contains(result.Translations, t => t is { From: "bộ lọc không khí", To: "air filter" });
        Assert.NotNull(hit.Passage);
        var marked = hit.Passage.Matches.Select(m => hit.Passage.Text.Substring(m.Start, m.Length).ToLowerInvariant()).ToList();
        Assert.Contains("filter", marked);

        var off = Lib.Search(new PatentQuery("bộ lọc không khí") { Translate = false });
        Assert.DoesNotContain(off.Hits, h => h.Number == "08419845");
        Assert.Empty(off.Translations);
    }

    [Fact]
    public void Accents_are_optional_and_compounds_translate_before_their_words()
    {
        foreach (var text in new[] { "pin nhiên liệu", "pin nhien lieu", "PIN NHIÊN LIỆU" })
        {
            var translations = Lib.Search(new PatentQuery(text)).Translations;
            Assert.Contains(translations, t => t.To == "fuel cell" && t.Language == "en");
            Assert.DoesNotContain(translations, t => t.To == "battery");
        }

        var solar = Lib.Search(new PatentQuery("pin mặt trời")).Translations;
        Assert.Contains(solar, t => t.To == "solar cell");
        Assert.DoesNotContain(solar, t => t.From == "pin");
    }

    [Fact]
    public void An_english_query_finds_vietnamese_records()
    {
        var result = Lib.Search(new PatentQuery("toothbrush"));
        Assert.Contains(result.Hits, h => h.Number == "1-2021-04271");
        var hit = result.Hits.First(h => h.Number == "1-2021-04271");
        Assert.Contains(hit.MatchedTranslations, t => t.Language == "vi" && t.To == "bàn chải đánh răng");
        Assert.Empty(Lib.Search(new PatentQuery("toothbrush") { Translate = false }).Hits);
    }

    [Fact]
    public void Field_queries_are_translated_too_and_filters_still_apply()
    {
        Assert.Contains("08419845", _index.Numbers("TI:(bộ lọc không khí)"));
        Assert.DoesNotContain("08419845", _index.Numbers("AB:(bộ lọc không khí) AND IC:A46B"));
    }

    [Fact]
    public void Untranslatable_words_do_not_turn_the_translation_into_a_bare_filter()
    {
        // Nothing to translate: the query must not match every English document of the subclass.
        var result = Lib.Search(new PatentQuery("xyzqvv AND IC:B01D") { Forgiving = false });
        Assert.Equal(0, result.Total);
    }

    [Fact]
    public void Filters_evaluated_once_for_every_language_keep_their_meaning()
    {
        var subclass = _index.Numbers("IC:B01D", 100);
        Assert.NotEmpty(subclass);
        // An English stop word leaves the English version nothing but the filter: every document of the subclass.
        Assert.Equal(subclass.Order(), _index.Numbers("the AND IC:B01D", 100).Order());
        // A translated word and a filter: each hit has the subclass, and the English grant is found from Vietnamese.
        var filtered = _index.Numbers("bộ lọc không khí AND IC:B01D", 100);
        Assert.All(filtered, n => Assert.Contains(n, subclass));
        Assert.Equal(_index.Numbers("bộ lọc không khí", 100).Intersect(subclass).Order(), filtered.Order());
    }

    [Fact]
    public void Lexicon_keys_are_folded_vietnamese_and_stemmed_english()
    {
        var lexicon = TranslationLexicon.Default;
        Assert.Contains(lexicon.FromVietnamese(TranslationLexicon.VietnameseKey("Điốt phát quang")), e => e.Translation == "light emitting diode");
        Assert.Contains(lexicon.FromEnglish(TranslationLexicon.EnglishKey("light-emitting diodes")), e => e.Translation == "điốt phát quang");
        // A curated technical sense hides the general dictionary's others (mạch: pulse, vessel ...).
        Assert.DoesNotContain(lexicon.FromVietnamese("mach"), e => e.Translation == "pulse");
    }

    [Fact]
    public void Lexicon_reads_each_source_both_ways_with_the_first_sense_trusted_most()
    {
        var lexicon = TranslationLexicon.Parse(["thiết bị\tdevice; apparatus"], ["máy\tmachine"], ["engine\tđộng cơ; máy"]);
        var senses = lexicon.FromVietnamese("thiet bi");
        Assert.Equal(["device", "apparatus"], senses.Select(e => e.Translation));
        Assert.True(senses[0].Weight > senses[1].Weight);
        Assert.Contains(lexicon.FromEnglish("machin"), e => e.Translation == "máy");
        Assert.Contains(lexicon.FromVietnamese("may"), e => e.Translation == "engine");
        Assert.Empty(lexicon.FromVietnamese("khong co"));
    }
}
