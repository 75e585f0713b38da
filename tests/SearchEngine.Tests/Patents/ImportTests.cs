using System.IO.Compression;
using System.Text;
using SearchEngine.Patents;
using SearchEngine.Patents.Import;

namespace SearchEngine.Tests.Patents;

public class ImportTests : IClassFixture<PatentTestIndex>
{
    private readonly PatentTestIndex _index;

    public ImportTests(PatentTestIndex index) => _index = index;

    private static string Fixture(string name) => Path.Combine(PatentTestIndex.FixtureDir, name);

    [Fact]
    public void Imports_every_fixture_record_by_content()
    {
        var r = _index.Report;
        Assert.Equal(14, r.Imported);
        Assert.Equal(7, r.ImportedByFormat[PatentSourceFormat.UsptoGrantXml]);
        Assert.Equal(7, r.ImportedByFormat[PatentSourceFormat.WipoPublishJsonLines]);
        Assert.Equal(0, r.Failed);
        Assert.Equal(14, _index.Library.Count);
    }

    [Fact]
    public void Reads_a_v40_grant_with_ipc7_classification()
    {
        var r = _index.Library.Get("06838578")!;
        Assert.Equal("US", r.Office);
        Assert.Equal("Process for preparing (cyclo)aliphatic isocyanates", r.Title);
        Assert.Equal("C07C 249/00", Assert.Single(r.Ipc).ToString());
        Assert.Equal(new DateOnly(2005, 1, 4), r.PublicationDate);
        Assert.Equal("B2", r.Kind);
        Assert.NotEmpty(r.Claims);
        Assert.NotEmpty(r.Description);
        Assert.NotEmpty(r.Citations);
    }

    [Fact]
    public void Reads_a_v43_grant_with_parties_and_citations()
    {
        var r = _index.Library.Get("08419845")!;
        Assert.Equal("Air filter", r.Title);
        Assert.Contains(r.Ipc, c => c.ToString() == "B01D 46/00");
        Assert.Contains(r.Inventors, p => p.Name.StartsWith("Lin", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2011, 7, 29), r.FilingDate);
        Assert.StartsWith("1. An air filter", r.Claims, StringComparison.Ordinal);
        Assert.Contains(r.Citations, c => c.StartsWith("US", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_a_wipo_publish_record()
    {
        var r = _index.Library.Get("1-2023-01434")!;
        Assert.Equal("VN", r.Office);
        Assert.Equal("vi", r.Language);
        Assert.Equal(new DateOnly(2014, 11, 21), r.FilingDate);
        Assert.Equal(new DateOnly(2023, 6, 26), r.PublicationDate);
        Assert.Equal("VN 95737", r.PublicationNumber);
        Assert.Equal(["A01N 63/00", "C07K 14/32", "C12N 15/82"], r.Ipc.Select(c => c.ToString()));
        Assert.Equal("BASF Agricultural Solutions Seed US LLC", r.Applicants[0].Name);
        Assert.StartsWith("Sáng chế đề xuất", r.Abstract, StringComparison.Ordinal);
    }

    [Fact]
    public void Looks_up_by_number_with_or_without_leading_zeros()
    {
        Assert.Equal("06838578", _index.Library.Get("6838578")?.Number);
        Assert.Null(_index.Library.Get("99999999"));
    }

    [Fact]
    public void A_corrupted_grant_is_reported_and_the_others_import()
    {
        var dir = PatentTestIndex.TempDir();
        try
        {
            // Break the second of three documents: drop the closing tag of its title.
            var xml = File.ReadAllText(Fixture("grants-v43.xml"));
            var starts = AllIndexes(xml, "<?xml").ToList();
            Assert.Equal(3, starts.Count);
            var second = xml[starts[1]..starts[2]];
            var broken = second.Replace("</invention-title>", "", StringComparison.Ordinal);
            Assert.NotEqual(second, broken);
            var copy = Path.Combine(dir, "copy.xml");
            File.WriteAllText(copy, xml[..starts[1]] + broken + xml[starts[2]..]);

            using var lib = PatentLibrary.Open(Path.Combine(dir, "idx"), writable: true);
            var report = lib.Import([copy]);
            Assert.Equal(2, report.Imported);
            var problem = Assert.Single(report.Problems);
            Assert.Equal(copy, problem.File);
            Assert.StartsWith("document 2 (line ", problem.Position, StringComparison.Ordinal);
            Assert.Contains("malformed XML", problem.Message, StringComparison.Ordinal);
            Assert.Equal(2, lib.Count);
            Assert.NotNull(lib.Get("D0680199"));
            Assert.NotNull(lib.Get("08419845"));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void A_bad_json_line_is_reported_with_its_line_number()
    {
        var dir = PatentTestIndex.TempDir();
        try
        {
            var lines = File.ReadAllLines(Fixture("vn-sample.jsonl"));
            lines[2] = lines[2][..(lines[2].Length / 2)]; // truncated line
            lines[4] = lines[4].Replace("\"applicationNumber\": \"", "\"applicationNumber\": \"\"\"x", StringComparison.Ordinal);
            var copy = Path.Combine(dir, "copy.jsonl");
            File.WriteAllLines(copy, lines);
            using var lib = PatentLibrary.Open(Path.Combine(dir, "idx"), writable: true);
            var report = lib.Import([copy]);
            Assert.Equal(5, report.Imported);
            Assert.Equal(["line 3", "line 5"], report.Problems.Select(p => p.Position));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Skips_sequence_listings_and_reads_gzip_from_a_non_seekable_stream()
    {
        var xml = File.ReadAllText(Fixture("grants-v42.xml")) +
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE sequence-cwu SYSTEM \"us-sequence-listing-2004-03-09.dtd\" [ ]>\n<sequence-cwu><number>1</number></sequence-cwu>\n";
        using var gz = new MemoryStream();
        using (var z = new GZipStream(gz, CompressionLevel.Fastest, leaveOpen: true)) z.Write(Encoding.UTF8.GetBytes(xml));
        var dir = PatentTestIndex.TempDir();
        try
        {
            using var lib = PatentLibrary.Open(Path.Combine(dir, "idx"), writable: true);
            var report = lib.Import(new NonSeekable(gz.ToArray()), "upload.xml.gz");
            Assert.Equal(2, report.Imported);
            Assert.Equal(1, report.Skipped);
            Assert.Equal(0, report.Failed);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void An_unrecognised_file_is_a_problem_not_a_crash()
    {
        var dir = PatentTestIndex.TempDir();
        try
        {
            var f = Path.Combine(dir, "notes.csv");
            File.WriteAllText(f, "number,title\n1,abc\n");
            using var lib = PatentLibrary.Open(Path.Combine(dir, "idx"), writable: true);
            var report = lib.Import([f]);
            Assert.Equal(0, report.Imported);
            Assert.Contains("not a recognised patent file", Assert.Single(report.Problems).Message, StringComparison.Ordinal);
            Assert.Throws<SearchEngineException>(() => lib.Import([Path.Combine(dir, "missing.xml")]));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Reimporting_replaces_instead_of_duplicating()
    {
        var dir = PatentTestIndex.TempDir();
        try
        {
            using var lib = PatentLibrary.Open(Path.Combine(dir, "idx"), writable: true);
            lib.Import([Fixture("vn-sample.jsonl")]);
            lib.Import([Fixture("vn-sample.jsonl")]);
            Assert.Equal(7, lib.Count);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    private static IEnumerable<int> AllIndexes(string s, string what)
    {
        for (var i = s.IndexOf(what, StringComparison.Ordinal); i >= 0; i = s.IndexOf(what, i + 1, StringComparison.Ordinal)) yield return i;
    }

    private sealed class NonSeekable(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
        public override long Position { get => base.Position; set => throw new NotSupportedException(); }
        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
    }
}

public class PatentSampleTests
{
    [Fact]
    public void The_bundled_sample_imports_completely()
    {
        var dir = PatentTestIndex.TempDir();
        try
        {
            using var lib = PatentLibrary.Open(Path.Combine(dir, "idx"), writable: true);
            var report = PatentSample.ImportInto(lib);
            Assert.Equal(225, report.ImportedByFormat[PatentSourceFormat.UsptoGrantXml]);
            Assert.Equal(456, report.ImportedByFormat[PatentSourceFormat.WipoPublishJsonLines]);
            Assert.Equal(0, report.Failed);
            Assert.Equal(681, lib.Count);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
