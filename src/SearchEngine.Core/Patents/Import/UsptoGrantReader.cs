using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace SearchEngine.Patents.Import;

/// <summary>
/// Streams a USPTO weekly grant file: the file is many XML documents back to back, so it is cut at each
/// <c>&lt;?xml</c> declaration while reading line by line, and only one document is held at a time.
/// DTDs are never fetched (the files name DTDs we do not have and must not download).
/// </summary>
internal static class UsptoGrantReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    public static IEnumerable<SourceItem> Read(TextReader reader, string firstLine, int firstLineNumber, string sourceName)
    {
        var doc = new StringBuilder();
        var docStartLine = firstLineNumber;
        var docIndex = 0;
        var lineNumber = firstLineNumber;
        string? line = firstLine;
        while (line is not null)
        {
            // A declaration can start anywhere on a line in hand-edited files; cut there.
            var at = doc.Length > 0 ? line.IndexOf("<?xml", StringComparison.Ordinal) : -1;
            if (at >= 0)
            {
                doc.Append(line, 0, at);
                yield return ParseOne(doc.ToString(), sourceName, ++docIndex, docStartLine);
                doc.Clear();
                docStartLine = lineNumber;
                line = line[at..];
            }

            doc.Append(line).Append('\n');
            line = reader.ReadLine();
            lineNumber++;
        }

        if (doc.ToString().Trim().Length > 0) yield return ParseOne(doc.ToString(), sourceName, ++docIndex, docStartLine);
    }

    private static SourceItem ParseOne(string xml, string sourceName, int index, int line)
    {
        var position = $"document {index} (line {line})";
        XElement root;
        try
        {
            using var xr = XmlReader.Create(new StringReader(xml), Settings);
            root = XDocument.Load(xr).Root ?? throw new XmlException("no root element");
        }
        catch (XmlException e)
        {
            return new SourceItem(null, new ImportProblem(sourceName, position, $"malformed XML: {e.Message}"));
        }

        if (root.Name.LocalName != "us-patent-grant") return SourceItem.NotAPatent;
        try
        {
            return new SourceItem(ToRecord(root), null);
        }
        catch (FormatException e)
        {
            return new SourceItem(null, new ImportProblem(sourceName, position, e.Message));
        }
    }

    internal static PatentRecord ToRecord(XElement root)
    {
        var bib = root.Element("us-bibliographic-data-grant") ?? throw new FormatException("no us-bibliographic-data-grant element");
        var pub = bib.Element("publication-reference")?.Element("document-id") ?? throw new FormatException("no publication-reference");
        var number = Text(pub.Element("doc-number"));
        if (number.Length == 0) throw new FormatException("publication-reference has no doc-number");
        var app = bib.Element("application-reference")?.Element("document-id");
        var title = Text(bib.Element("invention-title"));
        if (title.Length == 0) throw new FormatException($"grant {number} has no invention-title");
        var pubDate = Date(Text(pub.Element("date")));

        var parties = bib.Element("us-parties") ?? bib.Element("parties");
        var applicants = Parties(parties?.Element("us-applicants")?.Elements("us-applicant") ?? parties?.Element("applicants")?.Elements("applicant"));
        var inventors = Parties(parties?.Element("inventors")?.Elements("inventor"));
        var assignees = Parties(bib.Element("assignees")?.Elements("assignee"));
        var agents = Parties(parties?.Element("agents")?.Elements("agent"));

        return new PatentRecord
        {
            Number = number,
            Office = "US",
            Language = "en",
            ApplicationNumber = app is null ? null : Text(app.Element("doc-number")),
            PublicationNumber = number,
            Kind = Text(pub.Element("kind")),
            FilingDate = app is null ? null : Date(Text(app.Element("date"))),
            PublicationDate = pubDate,
            GrantDate = pubDate,
            Title = title,
            Abstract = Paragraphs(root.Element("abstract")),
            Claims = string.Join("\n", (root.Element("claims")?.Elements("claim") ?? []).Select(Text).Where(t => t.Length > 0)),
            Description = Paragraphs(root.Element("description")),
            Ipc = IpcCodes(bib),
            // Before the AIA (2012) the applicants of a US grant were its inventors; the owner is the assignee.
            Applicants = assignees.Count > 0 ? assignees : applicants,
            Inventors = inventors.Count > 0 ? inventors : applicants,
            Agents = agents,
            Priority = (bib.Element("priority-claims")?.Elements("priority-claim") ?? [])
                .Select(p => $"{Text(p.Element("country"))} {Text(p.Element("doc-number"))} {Text(p.Element("date"))}".Trim()).ToList(),
            Citations = Citations(bib),
        };
    }

    private static List<IpcCode> IpcCodes(XElement bib)
    {
        var codes = new List<IpcCode>();
        foreach (var c in bib.Element("classifications-ipcr")?.Elements("classification-ipcr") ?? [])
        {
            var symbol = $"{Text(c.Element("section"))}{Text(c.Element("class"))}{Text(c.Element("subclass"))} {Text(c.Element("main-group"))}/{Text(c.Element("subgroup"))}";
            if (IpcCode.TryParse(symbol, out var code)) codes.Add(code);
        }

        foreach (var c in bib.Elements("classification-ipc"))
        {
            foreach (var e in c.Elements().Where(e => e.Name.LocalName is "main-classification" or "further-classification"))
            {
                if (IpcCode.TryParse(e.Value, out var code)) codes.Add(code);
            }
        }

        return codes.Distinct().ToList();
    }

    private static List<string> Citations(XElement bib)
    {
        var refs = bib.Element("us-references-cited") ?? bib.Element("references-cited");
        var list = new List<string>();
        foreach (var c in refs?.Elements() ?? [])
        {
            if (c.Element("patcit")?.Element("document-id") is { } id)
            {
                list.Add($"{Text(id.Element("country"))}{Text(id.Element("doc-number"))}");
            }
            else if (c.Element("nplcit") is { } npl)
            {
                var t = Text(npl);
                if (t.Length > 0) list.Add(t.Length > 200 ? t[..200] : t);
            }
        }

        return list;
    }

    private static List<PatentParty> Parties(IEnumerable<XElement>? elements)
    {
        var list = new List<PatentParty>();
        foreach (var e in elements ?? [])
        {
            var book = e.Element("addressbook");
            if (book is null) continue;
            var org = Text(book.Element("orgname"));
            var name = org.Length > 0 ? org : $"{Text(book.Element("last-name"))}, {Text(book.Element("first-name"))}".Trim(' ', ',');
            if (name.Length == 0) continue;
            var a = book.Element("address");
            var address = a is null ? null : string.Join(", ", new[] { "city", "state", "country" }.Select(n => Text(a.Element(n))).Where(s => s.Length > 0));
            list.Add(new PatentParty(name, string.IsNullOrEmpty(address) ? null : address));
        }

        return list;
    }

    /// <summary>Block-level paragraphs and headings, one a line, inline markup flattened.</summary>
    private static string Paragraphs(XElement? section)
    {
        if (section is null) return "";
        var blocks = section.Descendants().Where(e => e.Name.LocalName is "p" or "heading").Select(Text).Where(t => t.Length > 0);
        return string.Join("\n", blocks);
    }

    private static string Text(XElement? e)
    {
        if (e is null) return "";
        var sb = new StringBuilder();
        foreach (var t in e.DescendantNodes().OfType<XText>()) sb.Append(t.Value);
        return CollapseSpaces(sb.ToString());
    }

    internal static string CollapseSpaces(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }

    private static DateOnly? Date(string yyyymmdd) =>
        DateOnly.TryParseExact(yyyymmdd, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
