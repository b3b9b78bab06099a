using TempoClone.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TempoClone.Web.Domain;
using TempoClone.Web.Pages.Search;

namespace TempoClone.IntegrationTests.Pages;

/// <summary>Search understands Indonesian word forms (on SQLite and, with TEMPO_TEST_DATABASE=postgres, PostgreSQL).</summary>
public class SearchStemmingTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private async Task<List<string>> TitlesAsync(string query) =>
        (await factory.CreateReaderClient().GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query)))
            .QuerySelectorAll(".search-results-list h2 a").Select(a => a.TextContent).ToList();

    private Task AddAsync(string title, string body) =>
        factory.AddArticleAsync(title, ArticleStatus.Published, factory.Clock.GetUtcNow().UtcDateTime.AddHours(-1), body: body);

    [Theory]
    [InlineData("sepakat", "Warga Capai Kesepakatan Soal Pasar Ikan", "TEMPO.CO, Surabaya - Warga akhirnya mencapai kesepakatan dengan pengelola pasar ikan.")]
    [InlineData("kunjungan", "Rombongan Guru Datangi Museum Bahari", "TEMPO.CO, Jakarta - Para guru mengunjungi museum bahari pada Sabtu pagi.")]
    [InlineData("desak", "Nelayan Minta Dermaga Diperbaiki", "TEMPO.CO, Makassar - Nelayan mendesak dinas kelautan memperbaiki dermaga yang rusak.")]
    public async Task Search_AWordFindsItsOtherForms(string query, string title, string body)
    {
        await AddAsync(title, body);

        Assert.Contains(title, await TitlesAsync(query));
    }

    [Fact]
    public async Task Search_TheWordAsTypedRanksBeforeAMatchThroughItsRoot()
    {
        // The root-only story is newer, and has the form twice: it still comes second.
        await AddAsync("Petani Garam Sampaikan Keluhan", "TEMPO.CO, Cirebon - Petani garam di pesisir meminta harga dasar. Ada desakan agar harga itu naik.");
        await factory.AddArticleAsync("Petambak Garam Bicara Harga", ArticleStatus.Published, factory.Clock.GetUtcNow().UtcDateTime,
            body: "TEMPO.CO, Indramayu - Para petambak mendesak pemerintah, lalu mendesak lagi soal harga garam.");

        var titles = await TitlesAsync("garam desak");

        Assert.Equal(["Petani Garam Sampaikan Keluhan", "Petambak Garam Bicara Harga"],
            titles.Where(t => t.StartsWith("Peta", StringComparison.Ordinal)).ToList());
    }

    [Fact]
    public async Task Search_TheDatelineIsNeitherSearchedNorShown()
    {
        await AddAsync("Festival Layang-layang Pantai Selatan", "TEMPO.CO, Pangandaran - Ratusan layang-layang raksasa memenuhi langit pantai selatan sepanjang akhir pekan.");

        Assert.DoesNotContain("Festival Layang-layang Pantai Selatan", await TitlesAsync("pangandaran"));
        var page = await factory.CreateReaderClient().GetDocumentAsync("/search?q=raksasa+layang");
        var excerpts = page.QuerySelectorAll(".search-excerpt").Select(e => e.TextContent.Trim()).ToList();
        Assert.NotEmpty(excerpts);
        Assert.All(excerpts, e => Assert.DoesNotContain("TEMPO.CO", e));
    }

    [Fact]
    public async Task Search_AnEditedStoryIsFoundByItsNewWordsOnly()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var fields = EditorActions.ArticleFields("Jembatan Gantung Desa Sukamaju");
        fields["Input.Body"] = "TEMPO.CO, Garut - Warga membangun jembatan gantung secara gotong royong.";
        var id = await editor.CreateArticleAsync(fields);

        Assert.Contains("Jembatan Gantung Desa Sukamaju", await TitlesAsync("bangun gantung"));
        await editor.EditArticleAsync(id, new() { ["Input.Body"] = "TEMPO.CO, Garut - Warga meresmikan jembatan gantung bersama bupati." });

        Assert.DoesNotContain("Jembatan Gantung Desa Sukamaju", await TitlesAsync("bangun gantung"));
        Assert.Contains("Jembatan Gantung Desa Sukamaju", await TitlesAsync("resmi gantung"));
    }

    [Fact]
    public async Task Backfill_GivesStoriesSavedBeforeRootsTheirRoots()
    {
        // As after an upgrade: a story whose roots were never written.
        var article = await factory.AddArticleAsync("Pengrajin Rotan Kebanjiran Pesanan", ArticleStatus.Published,
            factory.Clock.GetUtcNow().UtcDateTime.AddHours(-2), body: "TEMPO.CO, Cirebon - Pengrajin rotan kewalahan melayani pembeli dari luar negeri.");
        await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).ExecuteUpdateAsync(set => set.SetProperty(a => a.SearchStems, (string?)null)));
        Assert.DoesNotContain("Pengrajin Rotan Kebanjiran Pesanan", await TitlesAsync("layan beli"));

        var filled = await factory.Services.GetServices<IHostedService>().OfType<SearchStemsBackfill>().Single().FillMissingAsync(CancellationToken.None);

        Assert.True(filled >= 1);
        // Other words in another order: the first answer may still be kept by the result and page caches.
        Assert.Contains("Pengrajin Rotan Kebanjiran Pesanan", await TitlesAsync("beli rotan layan"));
    }
}
