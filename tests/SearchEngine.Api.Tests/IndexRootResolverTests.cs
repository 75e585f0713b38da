using SearchEngine.Api.Hosting;

namespace SearchEngine.Api.Tests;

public class IndexRootResolverTests
{
    [Fact]
    public void A_relative_root_is_taken_from_the_repository_root_not_the_project_or_bin_folder()
    {
        var repo = Directory.CreateTempSubdirectory("se-repo-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(repo, "SearchEngine.sln"), "");
            var project = Directory.CreateDirectory(Path.Combine(repo, "src", "SearchEngine.Api")).FullName;
            Assert.Equal(Path.Combine(repo, "index-data"), IndexRootResolver.Resolve("index-data", project));
            Assert.Equal("/srv/index", IndexRootResolver.Resolve("/srv/index", project));
        }
        finally
        {
            Directory.Delete(repo, recursive: true);
        }
    }

    [Fact]
    public void Outside_a_clone_a_relative_root_is_taken_from_the_content_root()
    {
        var content = Directory.CreateTempSubdirectory("se-published-").FullName;
        try
        {
            Assert.Equal(Path.Combine(content, "data"), IndexRootResolver.Resolve("data", content));
        }
        finally
        {
            Directory.Delete(content, recursive: true);
        }
    }
}
