using System.Net;
using Microsoft.EntityFrameworkCore;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.IntegrationTests.Newsroom;

/// <summary>Moves the clock, so it has an app and a database of its own.</summary>
public class SchedulingTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private readonly HttpClient _reader = factory.CreateReaderClient();

    [Fact]
    public async Task Schedule_AppearsAtItsWibTime()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var fields = EditorActions.ArticleFields("Berita Dijadwalkan Redaksi");
        fields["Input.PublishAt"] = JakartaTime.InputValue(factory.Clock.GetUtcNow().UtcDateTime.AddHours(3));
        var id = await editor.CreateArticleAsync(fields);
        var url = $"/internasional/berita-dijadwalkan-redaksi-{id}";

        Assert.Equal(HttpStatusCode.NotFound, (await _reader.GetAsync(url)).StatusCode);
        var list = await editor.GetDocumentAsync("/editor?status=scheduled");
        Assert.Contains("Berita Dijadwalkan Redaksi", list.QuerySelector("table")!.TextContent);
        Assert.Contains("Terjadwal", list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Berita Dijadwalkan Redaksi")).TextContent);
        Assert.Contains("menjadwalkan", await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.ArticleId == id).Select(e => e.Action).ToListAsync()));

        factory.Clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal(HttpStatusCode.OK, (await _reader.GetAsync(url)).StatusCode);
        Assert.DoesNotContain("Berita Dijadwalkan Redaksi", (await editor.GetDocumentAsync("/editor?status=scheduled")).QuerySelector("table")?.TextContent ?? "");
    }
}
