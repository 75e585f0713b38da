using SearchEngine.Classifications.Nice;
using SearchEngine.Indexing;
using SearchEngine.Trademarks;

namespace SearchEngine.Tests.Trademarks;

public sealed class ImportTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "se-tm-import-" + Guid.NewGuid().ToString("N"));

    private TrademarkRegister OpenRegister() => TrademarkRegister.Open(new IndexLayout(_root), writable: true);

    [Fact]
    public void A_file_with_broken_lines_imports_every_good_line_and_names_each_bad_one()
    {
        using var register = OpenRegister();
        var report = register.ImportFile(SmallRegister.Fixture("register-broken.jsonl"));
        Assert.Equal(2, report.Imported);
        Assert.Equal(7, report.Skipped);
        var byLine = report.Problems.ToDictionary(p => p.LineNumber, p => p.Error!);
        Assert.Equal([2L, 3, 5, 6, 7, 8, 9], byLine.Keys.Order());
        Assert.Contains("not a valid record", byLine[2]);
        Assert.Contains("empty", byLine[3]);
        Assert.Contains("Nice class 46", byLine[5]);
        Assert.Contains("unknown status 'sleeping'", byLine[6]);
        Assert.Contains("no letters or digits", byLine[7]);
        Assert.Contains("missing id", byLine[8]);
        Assert.Contains("filingDate", byLine[9]);
        Assert.NotNull(register.Get("VN-4-2022-000101"));
        Assert.Equal(MarkStatus.Expired, register.Get("VN-4-2022-000108")!.Status);
    }

    [Fact]
    public void Csv_with_quotes_commas_and_line_breaks()
    {
        using var register = OpenRegister();
        var report = register.ImportFile(SmallRegister.Fixture("register-small.csv"));
        Assert.Equal(3, report.Imported);
        Assert.Equal(2, report.Skipped);
        Assert.Contains(report.Problems, p => p.LineNumber == 4 && p.Error!.Contains("99"));
        Assert.Contains(report.Problems, p => p.LineNumber == 7 && p.Error!.Contains("2 fields"));

        var sun = register.Get("VN-4-2023-000201")!;
        Assert.Equal("Mặt Trời, Mọc", sun.Mark);
        Assert.Equal("Công ty \"Bình Minh\"", sun.Owner);
        Assert.Equal([new NiceClass(30), new NiceClass(43)], sun.Classes);
        Assert.Equal("Công ty\nSông Hồng", register.Get("VN-4-2023-000204")!.Owner);
        Assert.Equal(["Cà Phê"], register.Get("VN-4-2023-000202")!.Disclaimed);
    }

    [Fact]
    public void Reimporting_a_number_replaces_the_record()
    {
        using var register = OpenRegister();
        register.ImportFile(SmallRegister.Fixture("register-small.jsonl"));
        var line = """{"id": "VN-4-2001-000001", "mark": "Trung Nguyên E-Coffee", "classes": [30], "status": "expired"}""";
        var report = register.Import(new StringReader(line), TrademarkFileFormat.JsonLines);
        Assert.Equal(1, report.Imported);
        Assert.Equal(20, register.Count);
        var t = register.Get("VN-4-2001-000001")!;
        Assert.Equal("Trung Nguyên E-Coffee", t.Mark);
        Assert.Equal(MarkStatus.Expired, t.Status);
        var hits = register.Search(new ConflictQuery { Mark = "Trung Nguyên E-Coffee", Statuses = MarkStatuses.All }).Hits;
        Assert.Single(hits, h => h.Number == "VN-4-2001-000001");
    }

    [Fact]
    public void In_one_import_the_last_line_of_a_number_wins_within_a_chunk_and_across_chunks()
    {
        // 6,000 lines into an empty register (imported in chunks of 2,048 lines): numbers 0-999 come back 3,000
        // lines later, in another chunk, and numbers 5,000-5,009 again at the end, in the same chunk; the last
        // line of each number must be the record kept, once.
        var lines = new List<string>();
        for (var i = 0; i < 5_990; i++) lines.Add($$"""{"id":"VN-{{(i % 3_000 < 1_000 ? i % 3_000 : i)}}","mark":"Hoa {{i}}"}""");
        for (var i = 0; i < 10; i++)
        {
            lines.Add($$"""{"id":"VN-{{5_000 + i}}","mark":"Sen {{i}}"}""");
        }

        using var register = OpenRegister();
        var report = register.Import(new StringReader(string.Join('\n', lines)), TrademarkFileFormat.JsonLines);
        Assert.Equal(6_000, report.Imported);
        Assert.Equal(6_000 - 1_000 - 10, register.Count);
        Assert.Equal("Hoa 3000", register.Get("VN-0")!.Mark);
        Assert.Equal("Hoa 3999", register.Get("VN-999")!.Mark);
        Assert.Equal("Sen 3", register.Get("VN-5003")!.Mark);

        // and into a register that holds them already: replaced, not added
        register.Import(new StringReader("""{"id":"VN-0","mark":"Cuc"}""" + "\n" + """{"id":"VN-7000","mark":"Mai"}"""), TrademarkFileFormat.JsonLines);
        Assert.Equal(6_000 - 1_000 - 10 + 1, register.Count);
        Assert.Equal("Cuc", register.Get("VN-0")!.Mark);
    }

    [Fact]
    public void A_bulk_import_is_merged_into_one_segment_and_a_small_one_is_left_to_the_merge_policy()
    {
        using var register = OpenRegister();
        register.Upsert(new Trademark { Number = "VN-4-2024-000901", Mark = "Hoa Mai", Classes = [new NiceClass(3)] });
        register.Upsert(new Trademark { Number = "VN-4-2024-000902", Mark = "Hoa Sen", Classes = [new NiceClass(3)] });
        var report = register.ImportFile(SmallRegister.Fixture("register-small.jsonl"));
        Assert.True(register.Index.SegmentCount > 1);

        Assert.True(register.MergeAfterBulkImport(report.Imported));
        Assert.Equal(1, register.Index.SegmentCount);
        Assert.Equal(22, register.Count);
        Assert.Equal("Hoa Sen", register.Get("VN-4-2024-000902")!.Mark);

        register.Upsert(new Trademark { Number = "VN-4-2024-000903", Mark = "Hoa Cúc", Classes = [new NiceClass(3)] });
        Assert.False(register.MergeAfterBulkImport(1));
        Assert.Equal(2, register.Index.SegmentCount);
    }

    [Fact]
    public void Delete_and_upsert_by_number_are_seen_by_a_reader_opened_before()
    {
        using var writer = OpenRegister();
        writer.ImportFile(SmallRegister.Fixture("register-small.jsonl"));
        using var reader = TrademarkRegister.Open(new IndexLayout(_root), writable: false);
        Assert.Equal(20, reader.Count);

        Assert.True(writer.Delete("VN-4-2005-000003"));
        Assert.False(writer.Delete("VN-4-2005-000003"));
        writer.Upsert(new Trademark { Number = "VN-4-2024-000999", Mark = "Hoa Mai", Classes = [new NiceClass(3)] });

        Assert.Equal(20, reader.Count);
        Assert.Null(reader.Get("VN-4-2005-000003"));
        Assert.Equal("Hoa Mai", reader.Get("VN-4-2024-000999")!.Mark);
    }

    [Fact]
    public void A_read_only_register_refuses_to_write_and_a_missing_one_says_so()
    {
        var missing = Assert.Throws<SearchEngineException>(() => TrademarkRegister.Open(new IndexLayout(_root), writable: false));
        Assert.Contains("import data first", missing.Message);
        using (OpenRegister()) { }
        using var reader = TrademarkRegister.Open(new IndexLayout(_root), writable: false);
        Assert.Throws<SearchEngineException>(() => reader.Import(new StringReader(""), TrademarkFileFormat.JsonLines));
    }

    [Fact]
    public void A_quote_that_never_closes_costs_only_its_own_line()
    {
        using var register = OpenRegister();
        var lines = new List<string> { "id,mark,classes", "VN-1,Hoa Mai,3", "VN-2,\"Hoa Sen,3" };
        lines.AddRange(Enumerable.Range(3, 150).Select(i => $"VN-{i},Hoa {i},3"));

        var report = register.Import(new StringReader(string.Join('\n', lines)), TrademarkFileFormat.Csv);

        Assert.Equal(151, report.Imported);
        var problem = Assert.Single(report.Problems);
        Assert.Equal(3, problem.LineNumber);
        Assert.Contains("quoted field is not closed", problem.Error);
        Assert.Equal("Hoa 3", register.Get("VN-3")!.Mark);
        Assert.Equal("Hoa 152", register.Get("VN-152")!.Mark);
    }

    [Fact]
    public void A_csv_header_with_empty_trailing_columns_imports_and_a_repeated_column_is_refused()
    {
        using var register = OpenRegister();
        var trailing = register.Import(new StringReader("id,mark,classes,,\nVN-1,Hoa Mai,3,,\n"), TrademarkFileFormat.Csv);
        Assert.Equal(1, trailing.Imported);

        var twice = register.Import(new StringReader("id,mark,Mark\nVN-2,Hoa Sen,Sen\n"), TrademarkFileFormat.Csv);
        Assert.Equal(0, twice.Imported);
        Assert.Contains("'Mark' more than once", Assert.Single(twice.Problems).Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_file_that_starts_like_gzip_but_is_not_is_reported_as_unreadable_not_a_crash()
    {
        using var register = OpenRegister();
        var folder = _root + "-files";
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "register.jsonl.gz");
        File.WriteAllBytes(path, [0x1f, 0x8b, .. "not really gzip: {\"id\":\"VN-1\",\"mark\":\"Hoa Mai\"}"u8]);

        var report = register.ImportFile(path);

        Directory.Delete(folder, recursive: true);
        Assert.Equal(0, report.Imported);
        Assert.Contains("cannot be read", Assert.Single(report.Problems).Error);
        Assert.Equal(0, register.Count);
    }

    [Fact]
    public void Upsert_checks_a_record_like_an_imported_line_and_delete_finds_a_padded_number()
    {
        using var register = OpenRegister();
        Assert.Throws<SearchEngineException>(() => register.Upsert(new Trademark { Number = " ", Mark = "Hoa Mai", Classes = [new NiceClass(3)] }));
        Assert.Throws<SearchEngineException>(() => register.Upsert(new Trademark { Number = "VN-9", Mark = "!!", Classes = [new NiceClass(3)] }));

        register.Upsert(new Trademark { Number = " VN-4-2024-000777 ", Mark = "Hoa Mai", Classes = [new NiceClass(3)] });

        Assert.Equal("VN-4-2024-000777", register.Get("VN-4-2024-000777")!.Number);
        Assert.True(register.Delete(" VN-4-2024-000777 "));
        Assert.Equal(0, register.Count);
    }

    [Fact]
    public void A_gzipped_register_is_read_whatever_its_name()
    {
        using var register = OpenRegister();
        var folder = _root + "-named";
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "register.jsonl"); // gzip inside, no .gz in the name
        using (var gzip = new System.IO.Compression.GZipStream(File.Create(path), System.IO.Compression.CompressionLevel.Fastest))
        {
            gzip.Write(File.ReadAllBytes(SmallRegister.Fixture("register-small.jsonl")));
        }

        var report = register.ImportFile(path);

        Directory.Delete(folder, recursive: true);
        Assert.Equal(20, report.Imported);
        Assert.Equal(0, report.Skipped);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
