using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using SearchEngine.Phonetics.Analysis;

namespace SearchEngine.Tests.Phonetics;

public class PhoneticFilterTests
{
    private static List<(string Term, int Increment)> Tokens(string text, Func<TokenStream, TokenStream> filter)
    {
        var result = new List<(string, int)>();
        using var stream = filter(new WhitespaceTokenizer(LuceneVersion.LUCENE_48, new StringReader(text)));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) result.Add((term.ToString(), position.PositionIncrement));
        stream.End();
        return result;
    }

    [Fact]
    public void Vietnamese_filter_puts_all_dialect_keys_at_the_token_position()
    {
        var tokens = Tokens("Giàu Sang", s => new VietnamesePhoneticFilter(s, readings: false));
        Assert.Equal(
            [("n_zaw", 1), ("s_jaw", 0), ("n_saːŋ", 1), ("s_saːŋ", 0)],
            tokens);
    }

    [Fact]
    public void Dropped_tokens_keep_their_position_gap()
    {
        var tokens = Tokens("Giàu 2024 Sang", s => new VietnamesePhoneticFilter(s, readings: false));
        Assert.Equal(2, tokens.First(t => t.Term == "n_saːŋ").Increment);
    }

    [Fact]
    public void Inject_keeps_the_original_token_first()
    {
        var tokens = Tokens("Smith 2024", s => new DoubleMetaphoneFilter(s, inject: true));
        Assert.Equal([("Smith", 1), ("SM0", 0), ("XMT", 0), ("2024", 1)], tokens);
    }

    [Fact]
    public void Mark_filter_chooses_per_token()
    {
        var terms = Tokens("Pharmacity Hương Long", s => new MarkPhoneticFilter(s)).Select(t => t.Term).ToList();
        Assert.Contains("FRMS", terms);
        Assert.Contains("n_hɨəŋ", terms);
        Assert.Contains("n_lɔŋ", terms);
        Assert.Contains("LNK", terms);
        Assert.DoesNotContain(terms, t => t.StartsWith("HNK", StringComparison.Ordinal)); // Hương is not given Metaphone
    }

    [Fact]
    public void Reading_filter_matches_unaccented_marks()
    {
        var plain = Tokens("Tac Dong", s => new VietnamesePhoneticFilter(s)).Select(t => t.Term).ToHashSet();
        var accented = Tokens("Tác Động", s => new VietnamesePhoneticFilter(s)).Select(t => t.Term).ToList();
        Assert.All(accented, k => Assert.Contains(k, plain));
    }
}
