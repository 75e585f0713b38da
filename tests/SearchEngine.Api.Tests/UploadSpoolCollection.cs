namespace SearchEngine.Api.Tests;

/// <summary>
/// Test classes that upload files share the one spool folder of this process; a class that checks the folder
/// is left empty must not see another class's upload in flight, so they run one after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class UploadSpoolCollection
{
    public const string Name = "upload spool";
}
