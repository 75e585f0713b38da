using SearchEngine.Patents;
using SearchEngine.Patents.QueryLanguage;

namespace SearchEngine.Tests.Patents;

/// <summary>Every construct of the query language, run against the fixture index.</summary>
public class QueryLanguageTests : IClassFixture<PatentTestIndex>
{
    private readonly PatentTestIndex _index;

    public QueryLanguageTests(PatentTestIndex index) => _index = index;

    // The query language as written: no translation into the other language, no relaxed AND.
    private List<string> Find(string q) =>
        _index.Library.Search(new PatentQuery(q) { PageSize = 20, Translate = false, Forgiving = false }).Hits.Select(h => h.Number).ToList();

    [Fact]
    public void Free_text_is_AND_by_default()
    {
        Assert.Equal(["08419845"], Find("air filter layer"));
        Assert.Empty(Find("air filter toothbrush"));
    }

    [Fact]
    public void English_words_are_stemmed()
    {
        Assert.Contains("08419845", Find("filters"));
        Assert.Contains("06838578", Find("isocyanate"));
    }

    [Fact]
    public void Vietnamese_matches_with_and_without_accents()
    {
        var accented = Find("bàn chải đánh răng");
        var plain = Find("ban chai danh rang");
        var upper = Find("BÀN CHẢI");
        Assert.Equal(["1-2021-04008", "1-2021-04271"], accented.Order());
        Assert.Equal(accented.Order(), plain.Order());
        Assert.Equal(accented.Order(), upper.Order());
    }

    [Fact]
    public void Vietnamese_stop_words_never_fail_a_query_with_or_without_accents()
    {
        Assert.Equal(["2-2022-00186"], Find("cum te bao pin va phuong phap"));
        Assert.Equal(["2-2022-00186"], Find("cụm tế bào pin và phương pháp"));
        Assert.Equal(["2-2022-00186"], Find("\"pin va phuong phap\""));
        Assert.Equal(["2-2022-00186"], Find("\"pin và phương pháp\""));
    }

    [Fact]
    public void Phrases_keep_word_order()
    {
        Assert.Equal(["2-2022-00186"], Find("\"tế bào pin\""));
        Assert.Equal(["2-2022-00186"], Find("\"te bao pin\""));
        Assert.Empty(Find("\"pin tế bào\""));
        Assert.Equal(["08419845"], Find("\"air filter\""));
    }

    [Fact]
    public void Field_codes_restrict_the_search()
    {
        Assert.Equal(["08419845"], Find("TI:filter"));
        Assert.Contains("08420588", Find("filter")); // mentioned outside the title
        Assert.DoesNotContain("08420588", Find("TI:filter"));
        Assert.Equal(["2-2022-00186"], Find("TI:pin AND IC:H01M"));
        Assert.Contains("1-2023-01434", Find("AB:rầy"));
        Assert.Contains("08419845", Find("CL:\"frame body\""));
        Assert.Contains("06838578", Find("DE:isocyanate"));
        Assert.Equal(["1-2023-01434"], Find("PA:BASF"));
        Assert.Equal(["08419845"], Find("IN:Lin"));
        Assert.Equal(["1-2023-01434"], Find("AN:1-2023-01434"));
        Assert.Equal(["1-2023-01434"], Find("AN:\"VN 95737\""));
        Assert.Equal(["08419845"], Find("an:8419845"));
    }

    [Fact]
    public void Field_codes_apply_to_a_parenthesised_group()
    {
        Assert.Equal(["08419845", "1-2019-07402", "2-2022-00186"], Find("TI:(filter OR pin)").Order());
        Assert.Equal(["1-2019-07402"], Find("TI:(pin NOT bào)"));
    }

    [Fact]
    public void Boolean_operators_and_parentheses()
    {
        Assert.Equal(["08419845", "2-2022-00186"], Find("TI:filter OR \"tế bào pin\"").Order());
        Assert.Equal(["1-2021-04008", "1-2021-04271"], Find("(TI:pin OR TI:chải) NOT IC:H01M NOT IC:H02S").Order());
        Assert.DoesNotContain("08419845", Find("filter NOT air"));
        var notPin = Find("NOT pin");
        Assert.DoesNotContain("2-2022-00186", notPin);
        Assert.Contains("08419845", notPin); // an English document is not excluded by a Vietnamese word's absence
        Assert.Equal(Find("air AND filter"), Find("air filter"));
    }

    [Fact]
    public void Near_and_adj_bound_the_distance()
    {
        Assert.Contains("08419845", Find("filter NEAR3 layer"));
        Assert.Contains("08419845", Find("layer NEAR3 filter")); // any order
        Assert.Contains("08419845", Find("filter ADJ layer"));
        Assert.DoesNotContain("08419845", Find("layer ADJ filter")); // in order
        Assert.Contains("08419845", Find("pressure ADJ3 assembly")); // "pressure fan assembly"
        Assert.DoesNotContain("08419845", Find("pressure ADJ1 assembly"));
        Assert.Contains("2-2022-00186", Find("TI:(tế NEAR2 pin)"));
        Assert.Contains("08419845", Find("(air OR water) ADJ filter"));
        Assert.Contains("08419845", Find("filt* NEAR2 layer"));
    }

    [Fact]
    public void Trailing_wildcards_are_folded_like_the_index()
    {
        Assert.Contains("06838578", Find("isocyan*"));
        Assert.Equal(["1-2021-04008", "1-2021-04271"], Find("TI:CHẢ*").Order());
        Assert.Equal(["1-2021-04008", "1-2021-04271"], Find("TI:cha*").Order());
    }

    [Fact]
    public void Ipc_prefixes_filter_at_every_level()
    {
        Assert.Equal(["1-2023-01434", "1-2023-05046"], Find("IC:A01N").Order());
        Assert.Equal(["1-2023-01434"], Find("IC:\"A01N 63/00\""));
        Assert.Equal(["1-2023-01434"], Find("IC:A01N63"));
        Assert.Equal(["1-2021-04008", "1-2021-04271", "1-2023-01434", "1-2023-05046"], Find("IC:A").Order());
        Assert.Equal(["1-2023-01434", "1-2023-05046"], Find("IC:a01*").Order());
        Assert.Equal(["06838578"], Find("IC:C07C"));
    }

    [Fact]
    public void Date_ranges_and_single_years()
    {
        Assert.Equal(["06837536", "06838578"], Find("PD:2005").Order());
        Assert.Equal(["1-2023-01175", "1-2023-01434"], Find("PD:[2023 TO 2023]").Order());
        Assert.Equal(["1-2023-01434", "1-2023-05046"], Find("IC:A01N AND PD:[2015 TO 2024]").Order());
        Assert.Equal(["1-2023-05046"], Find("PD:[2024-01-01 TO *]"));
        Assert.Equal(["06837536", "06838578"], Find("PD:[* TO 2005-12-31]").Order());
    }

    [Theory]
    [InlineData("TI:(pin", 3, "never closed")]
    [InlineData("pin)", 3, "no matching")]
    [InlineData("\"tế bào", 0, "never closed")]
    [InlineData("pin AND", 4, "needs a word after")]
    [InlineData("AND pin", 0, "needs a word before")]
    [InlineData("pin OR OR pin", 7, "another operator")]
    [InlineData("XX:pin", 0, "unknown field code")]
    [InlineData("TI:", 0, "needs a value")]
    [InlineData("PD:[2015 2020]", 3, "[from TO to]")]
    [InlineData("PD:[2020 TO 2015]", 3, "starts after")]
    [InlineData("PD:yesterday", 3, "not a date")]
    [InlineData("IC:pin", 3, "not an IPC symbol")]
    [InlineData("TI:[2015 TO 2020]", 3, "only for PD")]
    [InlineData("p*n", 1, "trailing")]
    [InlineData("a*", 0, "two letters")]
    [InlineData("()", 0, "empty parentheses")]
    [InlineData("   ", 0, "empty")]
    [InlineData("(a AND b) NEAR3 c", 1, "NEAR/ADJ")]
    [InlineData("TI:pin NEAR3 AB:pin", 7, "same field")]
    [InlineData("pin NEAR0 cell", 4, "from 1 to 1000")]
    public void Syntax_errors_name_the_problem_and_position(string query, int position, string message)
    {
        var e = Assert.Throws<PatentQuerySyntaxException>(() => _index.Library.Search(new PatentQuery(query)));
        Assert.Equal(position, e.Position);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<SearchEngineException>(e);
    }

    [Fact]
    public void Lower_case_words_are_never_operators_and_brackets_in_titles_are_words()
    {
        Assert.Equal(Find("air filter"), Find("air and filter"));
        Assert.Contains("1-2023-01175", Find("xi măng (LC3)"));
        Assert.Contains("1-2023-01175", Find("[lc3] xi"));
    }
}
