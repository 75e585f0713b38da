using SearchEngine.Classifications.Nice;
using SearchEngine.Indexing;
using SearchEngine.Trademarks;

namespace SearchEngine.Tests.Trademarks.Records;

/// <summary>Real office records (fixtures copied from public registers) imported field by field.</summary>
public sealed class OfficeRecordTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "se-tm-office-" + Guid.NewGuid().ToString("N"));

    internal static string Office(string name) => SmallRegister.Fixture(Path.Combine("offices", name));

    private TrademarkRegister Open(string name = "a") => TrademarkRegister.Open(new IndexLayout(Path.Combine(_root, name)), writable: true);

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void A_refused_WIPO_Publish_page_with_Vienna_codes_colours_and_a_disclaimer()
    {
        using var register = Open();
        var report = register.ImportFile(Office("wipopublish/VN4200928183.html"));
        Assert.Equal(1, report.Imported);
        var t = register.Get("VN-4-2009-28183")!;
        Assert.Equal("CV Audio CVAudio", t.Mark);
        Assert.Equal("combined", t.MarkType);
        Assert.Equal(MarkStatus.Refused, t.Status);
        Assert.Equal([35, 40], t.Classes.Select(c => c.Number));
        Assert.Equal(new GoodsStatement(new NiceClass(35), "Mua bán linh kiện điện tử."), t.Goods[0]);
        Assert.Equal("Lắp ráp máy tăng âm, loa, âm ly, bộ trộn âm, đầu đọc kỹ thuật số.", t.Goods[1].Text);
        Assert.Equal(["26.03.23", "26.04.02", "26.11.02", "26.11.12"], t.ViennaCodes);
        Assert.Equal(["Đỏ", "đen", "trắng"], t.Colours);
        Assert.Equal(["CV", "Audio"], t.Disclaimed);
        Assert.Equal(D("2009-12-25"), t.FilingDate);
        Assert.Equal(D("2019-03-25"), t.PublicationDate);
        Assert.Null(t.RegistrationNumber);
        Assert.Null(t.RegistrationDate);
        Assert.Null(t.ExpiryDate);
        Assert.Equal("Doanh nghiệp tư nhân Duy Quân", t.Owner);
        Assert.Equal("348C Tư Lập, phường 4, quận Tân Bình, thành phố Hồ Chí Minh", t.OwnerAddress);
        Assert.Null(t.Agent);
        Assert.Equal("VN", t.Office);
        Assert.Equal("http://wipopublish.ipvietnam.gov.vn/wopublish-search/service/trademarks/application/VN4200928183/logo?noLogo=true", t.ImageUrl);
    }

    [Fact]
    public void A_registered_page_takes_the_later_owner_recorded_with_a_date()
    {
        using var register = Open();
        register.ImportFile(Office("wipopublish/VN4201027254.html"));
        var t = register.Get("VN-4-2010-27254")!;
        Assert.Equal(MarkStatus.Registered, t.Status);
        Assert.Equal("4-0335556-000", t.RegistrationNumber);
        Assert.Equal(D("2019-11-04"), t.RegistrationDate);
        Assert.Equal(D("2030-12-24"), t.ExpiryDate);
        Assert.Equal(D("2019-06-25"), t.PublicationDate); // the earlier of its two publications
        Assert.Equal("Doanh nghiệp tư nhân Cẩm Loan", t.Owner);
        Assert.Equal("ấp Mỹ Phó, xã Mỹ Đức, huyện Châu Phú, tỉnh An Giang", t.OwnerAddress);
        Assert.Equal(["Nâu cà phê sữa", "trắng"], t.Colours);
        Assert.Equal(["05.03.13", "05.03.15", "05.05.21"], t.ViennaCodes);
        Assert.Equal([35, 41, 43], t.Classes.Select(c => c.Number));
        Assert.Empty(t.Disclaimed);
    }

    [Fact]
    public void Expired_and_pending_pages_with_an_agent_and_an_unquoted_disclaimer()
    {
        using var register = Open();
        var report = register.ImportFile(Office("wipopublish"));
        Assert.Equal(4, report.Imported);
        var expired = register.Get("VN-4-2010-09929")!;
        Assert.Equal(MarkStatus.Expired, expired.Status);
        Assert.Equal("Trần Gia Hoà", expired.Mark);
        Assert.Equal("Công ty TNHH Tư vấn - Dịch thuật - Sở hữu trí tuệ á Đông", expired.Agent);
        Assert.Equal(D("2020-05-11"), expired.ExpiryDate);
        Assert.Empty(expired.ViennaCodes);
        var pending = register.Get("VN-4-2010-08363")!;
        Assert.Equal(MarkStatus.Pending, pending.Status);
        Assert.Equal("VINACARTOON", pending.Mark);
        Assert.Equal(["01.15.23", "04.05.12", "04.05.14", "16.01.05"], pending.ViennaCodes);
        Assert.Empty(pending.Disclaimed); // "Không bảo hộ riêng hình tivi": a picture, not a quoted word
        Assert.Equal(D("2024-01-25"), pending.PublicationDate);
    }

    [Fact]
    public void The_same_mark_in_ST66_ST96_and_the_older_ST96_namespace_reads_the_same()
    {
        var records = new[] { "rn2713476-ST96.xml", "rn2713476-ST96-old.xml" }.Select(f =>
        {
            using var register = Open(f);
            Assert.Equal(1, register.ImportFile(Office("wipo-st/" + f)).Imported);
            return register.Get("78002299")!;
        }).ToList();
        // The two files are snapshots of different days: the owner's address changed between them, nothing else.
        Assert.Equal(Json(records[0] with { OwnerAddress = null }), Json(records[1] with { OwnerAddress = null }));
        Assert.Equal("500 Oracle Parkway, c/o Trademark Legal, Redwood Shores, CALIFORNIA, US, 94065", records[1].OwnerAddress);
        var mysql = records[0];
        Assert.Equal("MYSQL", mysql.Mark);
        Assert.Equal("word", mysql.MarkType);
        Assert.Equal(MarkStatus.Registered, mysql.Status);
        Assert.Equal("2713476", mysql.RegistrationNumber);
        Assert.Equal(D("2000-04-03"), mysql.FilingDate);
        Assert.Equal(D("2003-05-06"), mysql.RegistrationDate);
        Assert.Equal("US", mysql.Office);
        Assert.Equal([9], mysql.Classes.Select(c => c.Number));

        using var st = Open("java");
        st.ImportFile(Office("wipo-st/rn2178784-ST66.xml"));
        var java66 = st.Get("74631225")!;
        st.ImportFile(Office("wipo-st/rn2178784-ST96.xml"));
        var java96 = st.Get("74631225")!;
        foreach (var java in new[] { java66, java96 })
        {
            Assert.Equal("JAVA", java.Mark);
            Assert.Equal("word", java.MarkType);
            Assert.Equal("Oracle America, Inc.", java.Owner); // the current owner, listed first
            Assert.Equal("Andrew Roppel", java.Agent);
            Assert.Equal(D("1996-10-08"), java.PublicationDate);
            Assert.StartsWith("computer programs for use in developing", java.Goods.Single().Text);
            Assert.Equal(9, java.Goods.Single().Class.Number);
        }
    }

    [Fact]
    public void A_figurative_mark_without_words_keeps_its_design_codes_and_a_priority_claim_its_date()
    {
        using var register = Open();
        register.ImportFile(Office("wipo-st/sn77478018-ST66.xml"));
        var dog = register.Get("77478018")!;
        Assert.Equal("", dog.Mark);
        Assert.Equal("figurative", dog.MarkType);
        Assert.Equal(["03.01.08", "03.01.24", "17.03.02", "26.11.21"], dog.ViennaCodes);
        Assert.Equal([14, 25, 30], dog.Classes.Select(c => c.Number));
        Assert.Empty(dog.Colours); // "Color is not claimed as a feature of the mark."
        Assert.Equal("Haydel's Bakery", dog.Owner);

        register.ImportFile(Office("wipo-st/sn85334015-ST96.xml"));
        var ultrabook = register.Get("85334015")!;
        Assert.Equal(D("2011-05-16"), ultrabook.PriorityDate);
        Assert.Equal(D("2011-05-16"), ultrabook.EffectiveDate);
        Assert.Equal("Intel Corporation", ultrabook.Owner);
        Assert.Equal("2200 Mission College Boulevard, Santa Clara, CALIFORNIA, US, 95052", ultrabook.OwnerAddress);
    }

    [Fact]
    public void A_USPTO_daily_file_maps_old_US_classes_back_to_Nice_and_takes_the_latest_owner()
    {
        using var register = Open();
        var report = register.ImportFile(Office("uspto-apc-sample.xml"));
        Assert.Equal(11, report.Imported);
        Assert.Equal(0, report.Skipped);
        var carboline = register.Get("72244547")!;
        Assert.Equal([1, 19, 2, 3], carboline.Goods.Select(g => g.Class.Number)); // GS0051, GS0121, GS0161, GS0521 are US classes
        Assert.StartsWith("NON-PAINT-LIKE", carboline.Goods[1].Text);
        Assert.Equal("CARBOLINE INTERNATIONAL CORPORATION", carboline.Owner);
        Assert.Equal("0843074", carboline.RegistrationNumber);
        Assert.Equal(MarkStatus.Registered, carboline.Status);
        var celanese = register.Get("72243407")!;
        Assert.Equal("CELANESE INTERNATIONAL CORPORATION", celanese.Owner); // party type 41, the last assignee
        var tu = register.Get("87703889")!;
        Assert.Equal("combined", tu.MarkType);
        Assert.Equal(["26.09.21"], tu.ViennaCodes);
        Assert.Equal(MarkStatus.Pending, tu.Status);
        Assert.Null(tu.RegistrationNumber);
        Assert.Equal("Jim H. Salter", tu.Agent);
        var tusimple = register.Get("87310367")!;
        Assert.Equal(D("2017-11-28"), tusimple.PublicationDate);
        Assert.Equal("word", tusimple.MarkType);
        Assert.Equal("figurative", register.Get("87703896")!.MarkType); // drawing code 5000: stylised words
    }

    [Fact]
    public void EUIPO_marks_get_dotted_Vienna_codes_and_lose_the_codes_outside_the_classification()
    {
        using var register = Open();
        var report = register.ImportFile(Office("euipo-figurative-sample.json"));
        Assert.Equal(41, report.Imported);
        var seta = register.Get("000001123")!;
        Assert.Equal("SETA", seta.Mark);
        Assert.Equal(["01.17.03", "01.17.07"], seta.ViennaCodes);
        Assert.Equal("figurative", seta.MarkType);
        Assert.Equal("EM", seta.Office);
        Assert.Equal(D("1996-04-01"), seta.FilingDate);
        Assert.Equal("", register.Get("000001248")!.Mark);
        Assert.DoesNotContain(register.Get("000970202")!.ViennaCodes, c => c.StartsWith("98", StringComparison.Ordinal));
    }

    [Fact]
    public void An_error_page_a_truncated_file_and_an_unknown_namespace_are_reported_and_skipped()
    {
        using var register = Open();
        var pages = register.ImportFile(Office("bad"));
        Assert.Equal(1, pages.Imported);
        Assert.NotNull(register.Get("VN-4-2010-09929"));
        Assert.Contains(pages.Problems, p => p.Error!.StartsWith("VN4299999999.html: an error page", StringComparison.Ordinal)
            && p.Error.Contains("An unexpected server error has occurred"));
        Assert.Contains(pages.Problems, p => p.Error!.StartsWith("truncated-ST66.xml: the XML is broken or cut off after record 0", StringComparison.Ordinal));
        Assert.Contains(pages.Problems, p => p.Error!.StartsWith("unknown-namespace.xml: unknown XML", StringComparison.Ordinal)
            && p.Error.Contains("http://example.org/not-a-trademark-standard"));
        Assert.Equal(3, pages.Skipped);
    }

    [Fact]
    public void Formats_are_told_by_content()
    {
        Assert.Equal(TrademarkFileFormat.WipoPublishPage, TrademarkFileFormats.DetectFile(Office("wipopublish/VN4201027254.html")));
        Assert.Equal(TrademarkFileFormat.OfficeXml, TrademarkFileFormats.DetectFile(Office("uspto-apc-sample.xml")));
        Assert.Equal(TrademarkFileFormat.EuipoJson, TrademarkFileFormats.DetectFile(Office("euipo-figurative-sample.json")));
        Assert.Equal(TrademarkFileFormat.EuipoJson, TrademarkFileFormats.Detect("""{"017903715": {"Codes": ["260401"], "Date": "2018-05-22"}}"""));
        Assert.Equal(TrademarkFileFormat.JsonLines, TrademarkFileFormats.DetectFile(SmallRegister.Fixture("register-small.jsonl")));
        Assert.Equal(TrademarkFileFormat.Csv, TrademarkFileFormats.DetectFile(SmallRegister.Fixture("register-small.csv")));
    }

    [Fact]
    public void Export_then_import_gives_the_same_records()
    {
        using var first = Open("first");
        foreach (var path in new[] { "wipopublish", "wipo-st", "uspto-apc-sample.xml", "euipo-figurative-sample.json" }) first.ImportFile(Office(path));
        first.ImportFile(SmallRegister.Fixture("register-small.jsonl"));
        var exported = new StringWriter();
        var n = first.Export(exported);
        Assert.Equal(first.Count, n);

        using var second = Open("second");
        var report = second.Import(new StringReader(exported.ToString()), TrademarkFileFormat.JsonLines);
        Assert.Equal(n, report.Imported);
        Assert.Equal(0, report.Skipped);
        var again = new StringWriter();
        second.Export(again);
        Assert.Equal(Lines(exported), Lines(again));
        foreach (var line in Lines(exported).Take(50))
        {
            var number = System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!;
            Assert.Equal(Json(first.Get(number)!), Json(second.Get(number)!));
        }
    }

    [Fact]
    public void The_export_uses_the_contract_names()
    {
        using var register = Open();
        register.ImportFile(Office("wipopublish/VN4201027254.html"));
        var w = new StringWriter();
        register.Export(w);
        using var doc = System.Text.Json.JsonDocument.Parse(w.ToString().Trim());
        var names = doc.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet();
        string[] expected = ["id", "mark", "classes", "goods", "viennaCodes", "colours", "markType", "status", "filingDate", "registrationNumber",
            "registrationDate", "expiryDate", "publicationDate", "owner", "ownerAddress", "disclaimed", "office", "imageUrl"];
        Assert.All(expected, e => Assert.Contains(e, names));
        Assert.Equal(35, doc.RootElement.GetProperty("goods")[0].GetProperty("class").GetInt32());
        Assert.Equal("2030-12-24", doc.RootElement.GetProperty("expiryDate").GetString());
    }

    [Fact]
    public void Older_files_names_goodsServices_and_priorityDate_are_still_read()
    {
        using var register = Open();
        register.Import(new StringReader("""{"id":"VN-1","mark":"Hoa Sen","classes":[30],"goodsServices":"Cà phê","priorityDate":"2020-01-02"}"""), TrademarkFileFormat.JsonLines);
        var t = register.Get("VN-1")!;
        Assert.Equal("Cà phê", t.GoodsServices);
        Assert.Equal(D("2020-01-02"), t.PriorityDate);
        var w = new StringWriter();
        register.Export(w);
        Assert.Contains("\"priority\":\"2020-01-02\"", w.ToString());
    }

    [Fact]
    public void Progress_says_how_many_records_are_committed()
    {
        using var register = Open();
        const int every = 5_000;
        register.CommitPolicy = () => new CommitSchedule(every, TimeSpan.FromHours(1));
        var seen = new List<ImportProgress>();
        var lines = string.Join('\n', Enumerable.Range(1, 3 * every + 5).Select(i => $$"""{"id":"VN-{{i}}","mark":"Hoa {{i}}"}"""));
        register.Import(new StringReader(lines), TrademarkFileFormat.JsonLines, new SyncProgress(seen.Add));

        // Commits run behind the indexing: each one covers at least what the last did,
        // never more than was read, and the import ends with everything read committed.
        Assert.True(seen.Count >= 2, string.Join("; ", seen));
        Assert.True(seen[0].Committed >= every, string.Join("; ", seen));
        Assert.All(seen, p => Assert.True(p.Committed <= p.Read, p.ToString()));
        Assert.All(seen.Zip(seen.Skip(1)), p => Assert.True(p.Second.Committed >= p.First.Committed, string.Join("; ", seen)));
        Assert.Equal(new ImportProgress(3 * every + 5, 3 * every + 5), seen[^1]);
        using var reader = TrademarkRegister.Open(new IndexLayout(Path.Combine(_root, "a")), writable: false);
        Assert.Equal(3 * every + 5, reader.Count);
    }

    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }

    private static string Json(Trademark t) => System.Text.Json.JsonSerializer.Serialize(t);

    private static List<string> Lines(StringWriter w) => [.. w.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)];

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
