using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.TestFixtures;
using TempoClone.Web.Domain;
using TempoClone.Web.Import;
using TempoClone.Web.Newsroom;

namespace TempoClone.IntegrationTests.Import;

public class SeedImportTests
{
    /// <summary>Everything the importer writes, as one comparable string.</summary>
    private static Task<string> SnapshotAsync(TempoAppFactory app) => app.WithDbAsync(async db => JsonSerializer.Serialize(new
    {
        Articles = await db.Articles.OrderBy(a => a.Id).Select(a => new
        {
            a.Id, a.Title, a.Slug, a.Deck, a.BodyMarkdown, a.PublishedAtUtc, a.EditorsPickId, a.KanalId,
            Related = a.RelatedStories.OrderBy(r => r.Position).Select(r => r.RelatedArticleId).ToList(),
            Bylines = a.Bylines.OrderBy(b => b.Position).Select(b => b.ReporterId).ToList(),
        }).ToListAsync(),
        Kanals = await db.Kanals.CountAsync(),
        Reporters = await db.Reporters.CountAsync(),
        Picks = await db.HomePicks.OrderBy(p => p.Position).Select(p => p.ArticleId).ToListAsync(),
    }));

    [Fact]
    public async Task Restart_OnSameDatabase_DuplicatesAndLosesNothing()
    {
        string before, after;
        var databasePath = Path.Combine(Directory.CreateTempSubdirectory("tempoclone-restart-").FullName, "tempo.db");
        using (var first = new TempoAppFactory(RepoPaths.SeedArticles, databasePath))
        {
            first.CreateClient().Dispose();
            before = await SnapshotAsync(first);
        }

        using var second = new TempoAppFactory(RepoPaths.SeedArticles, databasePath);
        second.CreateClient().Dispose();
        after = await SnapshotAsync(second);

        Assert.Equal(before, after);
        Assert.Contains(second.Logs.Events, e => e.MessageTemplate.Text.StartsWith("Seed import done") && LogCollector.Scalar(e, "Unchanged") == "1");
        Assert.Contains("\"Title\":\"" + SeedArticle.Title + "\"", after.Replace("\\u0022", "\""));
    }

    [Fact]
    public async Task Import_SameTextTwice_ChangesNothing()
    {
        using var app = new TempoAppFactory();
        app.CreateClient().Dispose();
        var before = await SnapshotAsync(app);
        var text = TempoTextParser.Parse(await File.ReadAllTextAsync(Path.Combine(RepoPaths.SeedArticles, "000_c684a5b33f7a4c1a.txt"))).Article!;

        ImportOutcome outcome;
        using (var scope = app.Services.CreateScope())
            outcome = await scope.ServiceProvider.GetRequiredService<ArticleImporter>()
                .ImportAsync(text, ArticleImporter.SourceKeyFor(text, "000_c684a5b33f7a4c1a.txt"), ImportRights.Seed, ArticleStatus.Published);

        Assert.Equal(ImportResult.Unchanged, outcome.Result);
        Assert.Equal(before, await SnapshotAsync(app));
    }

    [Fact]
    public async Task Start_WithEveryPageShapeInTheSeedFolder_ImportsEachPublishedAndLogsWhatWasSkipped()
    {
        var seeds = Directory.CreateTempSubdirectory("tempoclone-shapes-").FullName;
        foreach (var fixture in TempoPageFixtures.All)
            File.Copy(Path.Combine(AppContext.BaseDirectory, "tempo-pages", fixture.File), Path.Combine(seeds, fixture.File));
        using var app = new TempoAppFactory(seeds, databasePath: null);
        var client = app.CreateReaderClient();

        foreach (var fixture in TempoPageFixtures.All)
        {
            // CASE: a page without a date is kept as a draft "tanggal tidak diketahui", never published as today's news.
            if (fixture.PublishedAtUtc is null)
            {
                var draft = await app.WithDbAsync(db => db.Articles.Where(a => a.Title == fixture.Title).Select(a => new { a.Status, a.PublishDateUnknown }).SingleAsync());
                Assert.Equal((ArticleStatus.Draft, true), (draft.Status, draft.PublishDateUnknown));
                continue;
            }
            var page = await client.GetDocumentAsync(await app.UrlOfAsync(fixture.Title));
            Assert.Equal(fixture.Title, page.QuerySelector("h1")!.Text());
            Assert.Equal(fixture.ShownCredit, page.QuerySelector("figcaption .credit")?.Text());
            Assert.Equal(fixture.SubHeads, page.QuerySelectorAll(".article-body h3").Select(h => h.Text()));
        }
        Assert.DoesNotContain(app.Logs.Events, e => e.Level >= LogEventLevel.Error);
        Assert.Contains(app.Logs.Events, e => e.Level == LogEventLevel.Warning
            && LogCollector.Scalar(e, "SeedFile") == "tempoplus-paywall.txt" && LogCollector.Scalar(e, "Line") is not null);
        Assert.Contains(app.Logs.Events, e => LogCollector.Scalar(e, "SeedFile") == "era2025-kanal.txt" && LogCollector.Scalar(e, "ImportResult") == "Created");
    }

    [Fact]
    public async Task Start_WithMalformedFileAmongGoodOnes_ReportsItByNameAndLineAndLoadsTheRest()
    {
        var seeds = Directory.CreateTempSubdirectory("tempoclone-seeds-").FullName;
        File.Copy(Path.Combine(RepoPaths.SeedArticles, "000_c684a5b33f7a4c1a.txt"), Path.Combine(seeds, "000_c684a5b33f7a4c1a.txt"));
        await File.WriteAllTextAsync(Path.Combine(seeds, "010_rusak.txt"), "Judul Rusak\n\nReporter\n\nBudi\n\nSenin, 4 September 2023 09:15 WIB\n\nAdvertising\n");
        await File.WriteAllTextAsync(Path.Combine(seeds, "020_nasional.txt"), """
            Kanal: Nasional
            Banjir Rob Genangi Pesisir Utara Jakarta
            Reporter: Sita Dewi
            Editor: Andi Wijaya
            Selasa, 5 September 2023 08:30 WIB
            TEMPO.CO, Jakarta - Banjir rob menggenangi permukiman di pesisir utara.
            """);
        using var app = new TempoAppFactory(seeds, databasePath: null);
        var client = app.CreateReaderClient();

        var home = await client.GetDocumentAsync("/");

        var error = Assert.Single(app.Logs.Events, e => e.Level == LogEventLevel.Error);
        Assert.Equal("010_rusak.txt", LogCollector.Scalar(error, "SeedFile"));
        Assert.Equal("7", LogCollector.Scalar(error, "Line"));
        Assert.Equal("Banjir Rob Genangi Pesisir Utara Jakarta", home.QuerySelector(".headline h2")!.Text());
        var nasional = await client.GetDocumentAsync(await app.UrlOfAsync("Banjir Rob Genangi Pesisir Utara Jakarta"));
        Assert.Equal("Nasional", nasional.QuerySelector(".kanal-label")!.Text());
        Assert.Equal("Editor Andi Wijaya", nasional.QuerySelector(".byline-editor")!.Text());
        await client.GetDocumentAsync(await app.UrlOfAsync(SeedArticle.Title));
        Assert.Empty(await app.WithDbAsync(db => db.Articles.Where(a => a.Title == "Judul Rusak").ToListAsync()));
    }
}
