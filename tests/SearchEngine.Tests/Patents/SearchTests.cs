using SearchEngine.Patents;
using SearchEngine.Ranking;

namespace SearchEngine.Tests.Patents;

public class SearchTests : IClassFixture<PatentTestIndex>
{
    private readonly PatentTestIndex _index;

    public SearchTests(PatentTestIndex index) => _index = index;

    private PatentLibrary Lib => _index.Library;

    [Fact]
    public void Ranks_the_title_match_first()
    {
        var hits = Lib.Search(new PatentQuery("filter")).Hits;
        Assert.Equal("08419845", hits[0].Number);
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void Sorts_by_date_both_ways()
    {
        var newest = Lib.Search(new PatentQuery("IC:A OR IC:C OR IC:H") { Sort = PatentSort.DateNewest, PageSize = 50 }).Hits;
        var dates = newest.Select(h => h.PublicationDate!.Value).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
        var oldest = Lib.Search(new PatentQuery("IC:A OR IC:C OR IC:H") { Sort = PatentSort.DateOldest, PageSize = 50 }).Hits;
        Assert.Equal(dates.Order(), oldest.Select(h => h.PublicationDate!.Value));
    }

    [Fact]
    public void Pages_cover_the_result_set_without_overlap()
    {
        var all = Lib.Search(new PatentQuery("PD:[1900 TO 2100]") { PageSize = 50 });
        Assert.Equal(14, all.Total);
        var paged = Enumerable.Range(1, 5).SelectMany(p => Lib.Search(new PatentQuery("PD:[1900 TO 2100]") { Page = p, PageSize = 3 }).Hits).Select(h => h.Number).ToList();
        Assert.Equal(14, paged.Count);
        Assert.Equal(14, paged.Distinct().Count());
        Assert.Throws<SearchEngineException>(() => Lib.Search(new PatentQuery("pin") { Page = 0 }));
        Assert.Throws<SearchEngineException>(() => Lib.Search(new PatentQuery("pin") { PageSize = 201 }));
    }

    [Fact]
    public void Facets_count_the_whole_result_set_not_the_page()
    {
        var r = Lib.Search(new PatentQuery("PD:[1900 TO 2100]") { PageSize = 1 });
        Assert.Single(r.Hits);
        Assert.Contains(new FacetValue("A46B", 2), r.Facets.IpcSubclasses);
        Assert.Contains(new FacetValue("A01N", 2), r.Facets.IpcSubclasses);
        Assert.Contains(new FacetValue("2005", 2), r.Facets.Years);
        Assert.Contains(new FacetValue("2013", 3), r.Facets.Years);
        Assert.Equal(14, r.Facets.Years.Sum(y => y.Count));
        Assert.Contains(new FacetValue("LION CORPORATION", 2), r.Facets.Applicants);
    }

    [Fact]
    public void Filters_by_ipc_and_dates_from_the_request()
    {
        var r = Lib.Search(new PatentQuery("phương pháp OR chế phẩm OR pin") { Ipc = "A01N", From = new DateOnly(2023, 6, 1), To = new DateOnly(2023, 12, 31) });
        Assert.Equal(["1-2023-01434"], r.Hits.Select(h => h.Number));
        Assert.Throws<SearchEngineException>(() => Lib.Search(new PatentQuery("pin") { Ipc = "battery" }));
    }

    [Fact]
    public void Highlights_the_best_passage_with_stemmed_and_folded_matches()
    {
        var hit = Lib.Search(new PatentQuery("filtering layer")).Hits[0];
        var p = hit.Passage!;
        Assert.NotEmpty(p.Matches);
        var matched = p.Matches.Select(m => p.Text.Substring(m.Start, m.Length).ToLowerInvariant()).ToHashSet();
        Assert.Contains("layer", matched);
        Assert.Contains("filtering", matched);
        Assert.Contains("filter", matched); // same stem as "filtering"
        Assert.Contains("[layer]", p.Marked(), StringComparison.Ordinal);

        var vi = Lib.Search(new PatentQuery("te bao pin")).Hits[0];
        Assert.Equal("Cụm tế bào pin và phương pháp chế tạo cụm tế bào pin dùng cho bộ pin", vi.Title);
        Assert.Equal("Cụm [tế] [bào] [pin]", new PatentPassage("title", vi.Title, vi.TitleMatches).Marked()[..20]);
    }

    [Fact]
    public void Negated_words_are_not_highlighted()
    {
        var hit = Lib.Search(new PatentQuery("TI:filter NOT pin NOT toothbrush")).Hits.Single();
        Assert.DoesNotContain(hit.Passage!.Matches, m => hit.Passage.Text.Substring(m.Start, m.Length) == "pin");
    }

    [Fact]
    public void Like_text_finds_related_documents_and_shows_its_terms()
    {
        var text = "Bàn chải đánh răng có đầu bàn chải và tay cầm, lông bàn chải được cấy trên đầu bàn chải.";
        var r = Lib.Similar(text, 5);
        Assert.Equal("vi", r.Language);
        Assert.Contains(r.Terms, t => t.Term == "chai" && t.Surface == "chải");
        Assert.Equal(["1-2021-04008", "1-2021-04271"], r.Hits.Take(2).Select(h => h.Number).Order());

        var self = Lib.Get("08419845")!;
        var en = Lib.Similar(self.Abstract, 5, exclude: self.Number);
        Assert.Equal("en", en.Language);
        Assert.DoesNotContain(en.Hits, h => h.Number == self.Number);
        Assert.Contains("08419845", Lib.Similar(self.Abstract, 5).Hits.Select(h => h.Number).Take(1));
        Assert.Throws<SearchEngineException>(() => Lib.Similar("  "));
    }

    [Fact]
    public void Exposes_one_feature_row_per_candidate_in_the_published_order()
    {
        var candidates = Lib.Candidates("filter OR layer OR pin", likeText: false);
        Assert.NotEmpty(candidates);
        Assert.All(candidates, c => Assert.Equal(PatentFeatures.Names.Count, c.Features.Length));
        var title = PatentFeatures.Names.ToList().IndexOf("bm25_title");
        var filter = candidates.First(c => c.Number == "08419845");
        Assert.True(filter.Features[title] > 0);
        var overlap = PatentFeatures.Names.ToList().IndexOf("title_term_overlap");
        Assert.InRange(filter.Features[overlap], 0.01f, 1f);
    }

    [Fact]
    public void A_reranker_reorders_the_top_candidates()
    {
        // A model that prefers Vietnamese documents puts them first whatever BM25 said.
        var reranker = new ByFeature(PatentFeatures.Names.ToList().IndexOf("is_vietnamese"));
        var plain = Lib.Search(new PatentQuery("filter OR pin") { PageSize = 5 });
        var reranked = Lib.Search(new PatentQuery("filter OR pin") { PageSize = 5 }, reranker);
        Assert.Equal("08419845", plain.Hits[0].Number);
        Assert.Equal("vi", reranked.Hits[0].Language);
        Assert.Contains("reranked", reranked.RerankStatus, StringComparison.Ordinal);
        Assert.Equal(plain.Total, reranked.Total);
    }

    private sealed class ByFeature(int index) : IReranker
    {
        public string ModelVersion => "test";
        public string FeatureSetVersion => PatentFeatures.Version;
        public float[] Score(IReadOnlyList<float[]> featureRows) => featureRows.Select(r => r[index]).ToArray();
    }
}
