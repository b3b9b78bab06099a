using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Editor.Workflow;

/// <summary>The article list: status, kanal, author and last-changed time; filters and sorts.</summary>
public class ArticleListTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    [Fact]
    public async Task List_ShowsLastChanged_AndSortsByTitle()
    {
        var editor = await factory.LoginAsync(await factory.CreateStaffAsync(StaffRoles.Editor, "Penulis Daftar"));
        var prefix = "Urut " + Guid.NewGuid().ToString("N")[..6];
        var kanal = "Kanal " + prefix;
        foreach (var letter in new[] { "C", "A", "B" })
            await editor.CreateArticleAsync(new(EditorActions.ArticleFields($"{prefix} {letter}", "Draft")) { ["Input.NewKanal"] = kanal });
        var kanalId = await factory.WithDbAsync(db => db.Kanals.Where(k => k.Name == kanal).Select(k => k.Id).SingleAsync());

        var byTitle = await editor.GetDocumentAsync($"/editor?kanal={kanalId}&sort=judul&status=draft");
        Assert.Equal([$"{prefix} A", $"{prefix} B", $"{prefix} C"], byTitle.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.Text()));
        var headers = byTitle.QuerySelectorAll("thead th").Select(h => h.Text()).ToList();
        Assert.Contains("Terakhir diubah", headers);
        var row = byTitle.QuerySelector("tbody tr")!;
        Assert.Contains("Penulis Daftar", row.Text());
        Assert.Contains("Draf", row.Text());
        Assert.Contains(kanal, row.Text());

        var byChange = await editor.GetDocumentAsync($"/editor?kanal={kanalId}");
        Assert.Equal($"{prefix} B", byChange.QuerySelector("tbody tr td:first-child a")!.Text());
    }
}
