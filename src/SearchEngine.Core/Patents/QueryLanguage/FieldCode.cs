namespace SearchEngine.Patents.QueryLanguage;

/// <summary>The field codes of the query language (Espacenet/PATENTSCOPE style), e.g. <c>TI:pin</c>.</summary>
public enum FieldCode
{
    /// <summary>Title.</summary>
    TI,
    /// <summary>Abstract.</summary>
    AB,
    /// <summary>Claims.</summary>
    CL,
    /// <summary>Description.</summary>
    DE,
    /// <summary>Applicant (or assignee).</summary>
    PA,
    /// <summary>Inventor.</summary>
    IN,
    /// <summary>IPC symbol or any prefix of it (section, class, subclass, group).</summary>
    IC,
    /// <summary>Publication date (year, yyyy-mm, yyyy-mm-dd, or a [from TO to] range).</summary>
    PD,
    /// <summary>Application or publication number.</summary>
    AN,
}
