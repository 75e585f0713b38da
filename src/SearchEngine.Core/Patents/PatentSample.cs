using SearchEngine.Patents.Import;

namespace SearchEngine.Patents;

/// <summary>
/// The small patent corpus shipped inside the library (456 IP Viet Nam records and 225 USPTO grants,
/// see Resources/Samples/patents-README.md), so a fresh clone has something to search.
/// </summary>
public static class PatentSample
{
    public static IReadOnlyList<string> ResourceNames { get; } = EmbeddedResource.Named("SearchEngine.Resources.Samples.patents-");

    /// <summary>Imports the bundled sample into a writable library; returns one combined report.</summary>
    public static ImportReport ImportInto(PatentLibrary library)
    {
        if (ResourceNames.Count == 0) throw new SearchEngineException("the patent sample is missing from this build");
        var report = new ImportReport();
        foreach (var name in ResourceNames)
        {
            using var stream = EmbeddedResource.Open(name);
            report.Merge(library.Import(stream, name));
        }

        return report;
    }
}
