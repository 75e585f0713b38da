using System.Net;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Hosting;
using SearchEngine.Indexing;

namespace SearchEngine.Api.Tests;

/// <summary>
/// A trademark index written by an older engine: its documents lack the record doc value this version
/// reads. Written with Lucene directly because the current core cannot write such a document.
/// </summary>
public sealed class StaleIndexFactory() : ApiFactory(null, seed: false)
{
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var folder = new IndexLayout(IndexRoot).Trademarks;
        System.IO.Directory.CreateDirectory(folder);
        using (var directory = FSDirectory.Open(folder))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer())))
        {
            writer.AddDocument([new StringField("number", "OLD-1", Field.Store.YES)]);
            writer.Commit();
        }

        return base.CreateHost(builder);
    }
}

public class StaleIndexTests(StaleIndexFactory factory) : IClassFixture<StaleIndexFactory>
{
    [Fact]
    public async Task A_record_the_index_cannot_read_is_503_asking_for_a_reimport_not_a_bad_request()
    {
        using var client = factory.CreateClient();

        await ProblemAssert.IsProblem(await client.GetAsync("/api/trademarks/OLD-1"), HttpStatusCode.ServiceUnavailable, "re-import");
    }
}
