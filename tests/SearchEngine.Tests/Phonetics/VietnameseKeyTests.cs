using SearchEngine.Phonetics;

namespace SearchEngine.Tests.Phonetics;

/// <summary>
/// One test per merger in the rule tables: pairs a dialect says alike must share a key, and the
/// contrasts that every dialect keeps must not.
/// </summary>
public class VietnameseKeyTests
{
    private static bool ShareKey(string a, string b)
    {
        var ka = PhoneticEncoder.VietnameseKeys(a);
        var kb = PhoneticEncoder.VietnameseKeys(b);
        Assert.NotEmpty(ka);
        Assert.NotEmpty(kb);
        return ka.Intersect(kb).Any();
    }

    private static string Key(string syllable, VietnameseDialect dialect) =>
        PhoneticEncoder.VietnameseKeys(syllable).Single(k => k.StartsWith(VietnameseKeys.Prefix(dialect), StringComparison.Ordinal));

    [Theory]
    // Spellings of one sound everywhere: c/k/q, g/gh, ng/ngh, i/y, ia/iê, tone placement, gi + i.
    [InlineData("ca", "ka")]
    [InlineData("ghe", "ge")]
    [InlineData("nghe", "nge")]
    [InlineData("ly", "li")]
    [InlineData("kỹ", "kĩ")]
    [InlineData("quý", "quí")]
    [InlineData("hoà", "hòa")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("gì", "dì")]
    // Tones are ignored.
    [InlineData("ma", "mả")]
    [InlineData("bảo", "bão")]
    public void Orthographic_identities_share_a_key(string a, string b) => Assert.True(ShareKey(a, b));

    [Theory]
    // Northern onsets: d = gi = r, s = x, ch = tr (and Northern palatal finals after i).
    [InlineData("giàu", "dàu")]
    [InlineData("rau", "dau")]
    [InlineData("rau", "giàu")]
    [InlineData("sang", "xang")]
    [InlineData("chăng", "trăng")]
    [InlineData("giếng", "diếng")]
    [InlineData("king", "kinh")]      // after i the velars are palatal: loanword -ing sounds like -inh
    public void Northern_onset_mergers(string a, string b)
    {
        Assert.Equal(Key(a, VietnameseDialect.Northern), Key(b, VietnameseDialect.Northern));
        Assert.True(ShareKey(a, b));
    }

    [Theory]
    // Southern onsets: d = gi = j (as in the North, but not with r); qu- and glide-initial oa-/uy- begin with w; s = x.
    [InlineData("dao", "giao")]
    [InlineData("quang", "oang")]
    [InlineData("quy", "uy")]
    [InlineData("sa", "xa")]
    public void Southern_onset_mergers(string a, string b)
    {
        Assert.Equal(Key(a, VietnameseDialect.Southern), Key(b, VietnameseDialect.Southern));
        Assert.True(ShareKey(a, b));
    }

    [Theory]
    // Standard Southern keeps v, h before the glide, and ưu apart; everyday Sài Gòn speech does not
    // (v = d = gi, hoa = qua, cứu = kíu). Only the matching keys fold those.
    [InlineData("vui", "dui")]
    [InlineData("vàng", "giàng")]
    [InlineData("hoang", "quang")]
    [InlineData("huy", "uy")]
    [InlineData("cứu", "kíu")]
    public void Colloquial_southern_mergers_are_matching_keys_only(string a, string b)
    {
        Assert.False(ShareKey(a, b));
        var ma = PhoneticEncoder.VietnameseReadingKeys(a);
        var mb = PhoneticEncoder.VietnameseReadingKeys(b);
        Assert.Contains(ma.Intersect(mb), k => k.StartsWith(VietnameseKeys.Prefix(VietnameseDialect.SouthernColloquial), StringComparison.Ordinal));
    }

    [Theory]
    // Southern finals: n = ng and t = c after most vowels.
    [InlineData("lan", "lang")]
    [InlineData("hương", "hươn")]
    [InlineData("bát", "bác")]
    [InlineData("ăn", "ăng")]
    [InlineData("cân", "câng")]
    [InlineData("tiên", "tiêng")]
    [InlineData("muốn", "muống")]
    [InlineData("bụt", "bục")]        // -ut = -uc
    [InlineData("bún", "búng")]
    [InlineData("hoan", "hoang")]
    [InlineData("en", "eng")]
    // nh → n and ch → t with the vowel changes before them: -inh = -in, -ênh = -ên, -ich = -it, -êch = -êt.
    [InlineData("tin", "tinh")]
    [InlineData("ít", "ích")]
    [InlineData("bên", "bênh")]
    [InlineData("hết", "hếch")]
    [InlineData("huynh", "huyn")]
    [InlineData("king", "kin")]       // loanword -ing: no velar final after i
    // ông = ong, on = oong, um = ưm.
    [InlineData("ông", "ong")]
    [InlineData("son", "xoong")]
    [InlineData("cúm", "cứm")]
    public void Southern_rhyme_mergers(string a, string b)
    {
        Assert.Equal(Key(a, VietnameseDialect.Southern), Key(b, VietnameseDialect.Southern));
        Assert.True(ShareKey(a, b));
    }

    [Theory]
    // Southern -anh is [an] and -ach [at]: they stay apart from ăn/ăng and an/ang.
    [InlineData("anh", "ăn")]
    [InlineData("anh", "an")]
    [InlineData("ách", "ắc")]
    // Vowels are different sounds everywhere: a/ă/â, o/ô/ơ, u/ư, e/ê.
    [InlineData("nam", "năm")]
    [InlineData("năm", "nâm")]
    [InlineData("to", "tô")]
    [InlineData("tô", "tơ")]
    [InlineData("tu", "tư")]
    [InlineData("me", "mê")]
    [InlineData("tai", "tay")]
    [InlineData("sao", "sau")]
    // d and đ, ch and nh, ng and nh onsets; l and n.
    [InlineData("da", "đa")]
    [InlineData("cha", "nha")]
    [InlineData("la", "na")]
    // Finals that no dialect merges: m/n, p/t, open/closed.
    [InlineData("làm", "làn")]
    [InlineData("háp", "hát")]
    [InlineData("ba", "bán")]
    // The medial glide counts: ta/toa, tuy/tui.
    [InlineData("ta", "toa")]
    [InlineData("tuy", "tui")]
    // A merger of one dialect does not chain with another's: ran (North: r = d) vs dang (South: n = ng),
    // chan (North: ch = tr) vs trang (South: n = ng).
    [InlineData("ran", "dang")]
    [InlineData("chan", "trang")]
    public void Contrasts_kept_by_every_dialect_do_not_share_a_key(string a, string b) => Assert.False(ShareKey(a, b));

    [Fact]
    public void Keys_are_namespaced_per_dialect()
    {
        Assert.Equal(["n_zaw", "s_jaw"], PhoneticEncoder.VietnameseKeys("Giàu"));
        Assert.Equal(["n_zaw", "s_jaw", "sv_jaw"], PhoneticEncoder.VietnameseReadingKeys("Giàu"));
    }

    [Fact]
    public void Northern_keeps_v_and_r_apart_from_each_other()
    {
        Assert.NotEqual(Key("va", VietnameseDialect.Northern), Key("ra", VietnameseDialect.Northern));
        Assert.NotEqual(Key("va", VietnameseDialect.Southern), Key("ra", VietnameseDialect.Southern));
    }

    [Fact]
    public void Central_speech_shares_the_southern_segmental_mergers()
    {
        var s = VietnameseSyllableParser.Parse("thương")!;
        Assert.Equal(VietnamesePhonology.Transcribe(s, VietnameseDialect.Southern), VietnamesePhonology.Transcribe(s, VietnameseDialect.Central));
        Assert.Equal("tʰɨːŋ", VietnamesePhonology.Transcribe(s, VietnameseDialect.Central).ToString());
    }

    [Fact]
    public void Word_keys_join_syllables_per_dialect()
    {
        // Giàu Sang and Dàu Xang are one mark to every ear (d = gi everywhere, s = x North and South);
        // Giàu Xan only to a Saigonese one (n = ng).
        Assert.Equal(PhoneticEncoder.VietnameseWordKeys("Giàu Sang"), PhoneticEncoder.VietnameseWordKeys("dàu xang"));
        var shared = PhoneticEncoder.VietnameseWordKeys("Giàu Sang").Intersect(PhoneticEncoder.VietnameseWordKeys("giàu xan")).ToList();
        Assert.Equal(["s_jaw.saːŋ"], shared);
        Assert.Equal(PhoneticEncoder.VietnameseWordKeys("giàu-sang"), PhoneticEncoder.VietnameseWordKeys("GIÀU_SANG"));
        Assert.Contains("n_zaw.saːŋ", PhoneticEncoder.VietnameseWordKeys("Giàu Sang"));
        Assert.True(PhoneticEncoder.VietnameseWordKeys("Hương Lan").Intersect(PhoneticEncoder.VietnameseWordKeys("Hươn Lang")).Any());
    }

    [Fact]
    public void Run_together_words_are_cut_into_syllables()
    {
        Assert.Equal(PhoneticEncoder.VietnameseWordKeys("tiếp ngon"), PhoneticEncoder.VietnameseWordKeys("TIEPNGON"));
        Assert.Equal(PhoneticEncoder.VietnameseWordKeys("thanh cong"), PhoneticEncoder.VietnameseWordKeys("ThanhCong"));
        Assert.Empty(PhoneticEncoder.VietnameseWordKeys("xyzzy"));
    }
}
