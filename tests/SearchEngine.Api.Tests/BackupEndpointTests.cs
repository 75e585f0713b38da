using System.Net;
using SearchEngine.Indexing;

namespace SearchEngine.Api.Tests;

/// <summary>The running server hands out a consistent snapshot (it holds the writers); the archive unpacks to a clean index root.</summary>
public class BackupEndpointTests(AdminFactory factory) : IClassFixture<AdminFactory>
{
    [Fact]
    public async Task The_backup_archive_holds_every_served_collection_and_checks_clean()
    {
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/admin/backup", null)).StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/backup");
        request.Headers.Add("X-Api-Key", AdminImportTests.Key);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-tar", response.Content.Headers.ContentType?.MediaType);

        var target = Path.Combine(Path.GetTempPath(), "se-backup-" + Guid.NewGuid().ToString("N"));
        try
        {
            var checks = IndexBackup.ReadArchive(await response.Content.ReadAsStreamAsync(), target);
            Assert.Equal(["trademarks", "patents"], checks.Select(c => c.Collection));
            Assert.All(checks, c => Assert.True(c.Clean, string.Join("; ", c.Problems)));
            Assert.Equal(ApiFactory.FixturePatents, checks[1].Documents);
            Assert.True(checks[0].Documents >= ApiFactory.FixtureTrademarks, $"{checks[0].Documents} marks in the backup");
        }
        finally
        {
            if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
        }
    }
}
