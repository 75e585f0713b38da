using System.Xml;
using System.Xml.Linq;

namespace SearchEngine.Trademarks;

/// <summary>
/// Streams the records of an office's XML file one element at a time (a daily file holds thousands), so memory
/// stays bounded by one record. The root's namespace says which standard it is; an unknown one is refused
/// rather than guessed at. A file cut off mid-record keeps the records read before the cut.
/// </summary>
internal static class XmlRecords
{
    public const string St66 = "http://www.wipo.int/standards/XMLSchema/trademarks";
    public const string St96 = "http://www.wipo.int/standards/XMLSchema/ST96/Trademark";
    public const string St96Old = "http://www.wipo.int/standards/XMLSchema/Trademark/1";
    public const string UsptoDailyRoot = "trademark-applications-daily";

    public static IEnumerable<ImportLine> Read(TextReader text)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true };
        using var xml = XmlReader.Create(text, settings);
        string? failure = null;
        long record = 0;
        string? kind = null;
        var more = true;
        while (more)
        {
            XElement? element = null;
            string? lastId = null;
            try
            {
                more = NextRecord(xml, ref kind, out element);
            }
            catch (XmlException e)
            {
                failure = $"the XML is broken or cut off after record {record}: {e.Message}";
                more = false;
            }
            catch (SearchEngineException e)
            {
                failure = e.Message;
                more = false;
            }

            if (element is null) continue;
            record++;
            foreach (var r in Records(kind!, element))
            {
                ImportLine line;
                try
                {
                    lastId = r.Id;
                    line = new ImportLine(record, r.ToTrademark(), null);
                }
                catch (SearchEngineException e)
                {
                    line = new ImportLine(record, null, $"record {record}{(lastId is null ? "" : $" ({lastId})")}: {e.Message}");
                }

                yield return line;
            }
        }

        if (failure is not null) yield return new ImportLine(record + 1, null, failure);
    }

    private static IEnumerable<TrademarkRecord> Records(string kind, XElement element) => kind switch
    {
        UsptoDailyRoot => [UsptoDailyCaseFile.Read(element)],
        St66 => WipoStandardRecord.ReadSt66(element),
        _ => [WipoStandardRecord.ReadSt96(element)],
    };

    /// <summary>Advances to the next record element (ST.66 transaction data, ST.96 Trademark, USPTO case-file) and reads it whole.</summary>
    private static bool NextRecord(XmlReader xml, ref string? kind, out XElement? element)
    {
        element = null;
        while (!xml.EOF)
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                xml.Read();
                continue;
            }

            if (kind is null)
            {
                kind = KindOf(xml.LocalName, xml.NamespaceURI);
                xml.Read();
                continue;
            }

            var isRecord = kind switch
            {
                UsptoDailyRoot => xml.LocalName == "case-file",
                St66 => xml.LocalName == "TransactionData" && xml.NamespaceURI == St66,
                _ => xml.LocalName == "Trademark" && (xml.NamespaceURI == St96 || xml.NamespaceURI == St96Old),
            };
            if (isRecord)
            {
                element = (XElement)XNode.ReadFrom(xml);
                return true;
            }

            xml.Read();
        }

        if (kind is null) throw new SearchEngineException("the file holds no XML element");
        return false;
    }

    private static string KindOf(string root, string ns)
    {
        if (root == UsptoDailyRoot && ns.Length == 0) return UsptoDailyRoot;
        if (ns is St66 or St96 or St96Old) return ns == St96Old ? St96 : ns;
        throw new SearchEngineException(
            $"unknown XML: root <{root}> in namespace '{ns}' (expected WIPO ST.66 {St66}, ST.96 {St96} or {St96Old}, or a USPTO <{UsptoDailyRoot}> file)");
    }

    // Queries by local name: the ST.96 versions differ in namespaces but not in element names.

    /// <summary>Subtrees about other marks or proceedings, whose names and numbers are not this record's.</summary>
    private static readonly HashSet<string> OtherMarks =
        ["AssociatedMarkBag", "AssociatedMarkDetails", "LegalProceedingsBag", "LegalProceedingDetails", "AssignmentBag", "AssignmentDetails",
         "MarkEventBag", "MarkEventDetails", "PriorityBag", "PriorityDetails", "ApplicantBag", "ApplicantDetails", "RepresentativeDetails",
         "NationalCorrespondent", "RecordAttorney", "RepresentativeBag", "InternationalRegistrationDetails"];

    public static IEnumerable<XElement> Own(XElement root, string name)
    {
        foreach (var child in root.Elements())
        {
            if (child.Name.LocalName == name) yield return child;
            if (OtherMarks.Contains(child.Name.LocalName)) continue;
            foreach (var e in Own(child, name)) yield return e;
        }
    }

    public static IEnumerable<XElement> All(XElement root, string name) => root.Descendants().Where(e => e.Name.LocalName == name);

    public static string? Value(XElement? e) => e is null ? null : OfficeText.Clean(e.Value);

    public static string? First(XElement root, params string[] names) =>
        names.Select(n => Own(root, n).Select(Value).FirstOrDefault(v => v is not null)).FirstOrDefault(v => v is not null);

    public static XElement? Child(XElement? e, string name) => e?.Elements().FirstOrDefault(c => c.Name.LocalName == name);
}
