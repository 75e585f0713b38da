namespace SearchEngine.Patents.Import;

/// <summary>The input formats the importer recognises by content (never by file name).</summary>
public enum PatentSourceFormat
{
    /// <summary>USPTO <c>us-patent-grant</c> full-text XML, DTD v4.0–v4.3, many documents back to back.</summary>
    UsptoGrantXml,
    /// <summary>IP Viet Nam's WIPO Publish register as JSON Lines, one application a line.</summary>
    WipoPublishJsonLines,
    /// <summary>Records built in code (<see cref="PatentLibrary.Add"/>), e.g. a benchmark corpus.</summary>
    Generated,
}

/// <summary>One parsed item of a source file: a record, or a problem at a position, or a non-patent document.</summary>
internal readonly record struct SourceItem(PatentRecord? Record, ImportProblem? Problem)
{
    public static readonly SourceItem NotAPatent = new(null, null);
}
