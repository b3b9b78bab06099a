using AngleSharp.Dom;
using System.Net;
using System.Text.Json;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Editor.Workflow;

/// <summary>"Sedang disunting oleh …" from heartbeats. Moves the clock, so it has its own app.</summary>
public class PresenceTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private static async Task<string[]> BeatAsync(HttpClient client, int id)
    {
        using var response = await client.PostWithTokenAsync($"/editor/articles/presence/{id}", []);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync()).GetProperty("others").EnumerateArray().Select(e => e.GetString()!).ToArray();
    }

    [Fact]
    public async Task SomeoneElseOnTheForm_IsShown_UntilTheirHeartbeatIsAMinuteOld()
    {
        var first = await factory.LoginAsync(await factory.CreateStaffAsync(StaffRoles.Editor, "Dewi Penyunting"));
        var second = await factory.LoginAsync(await factory.CreateStaffAsync(StaffRoles.Editor, "Agus Penyunting"));
        var id = await first.CreateArticleAsync(EditorActions.ArticleFields("Disunting Bersama " + Guid.NewGuid().ToString("N")[..8]));

        Assert.Empty(await BeatAsync(first, id));
        Assert.Equal(["Dewi Penyunting"], await BeatAsync(second, id));
        Assert.Equal(["Agus Penyunting"], await BeatAsync(first, id));

        var page = await second.GetDocumentAsync($"/editor/articles/edit/{id}");
        var line = page.QuerySelector("#presence")!;
        Assert.False(line.HasAttribute("hidden"));
        Assert.StartsWith("Sedang disunting oleh Dewi Penyunting", line.Text());

        factory.Clock.Advance(EditingPresence.StaleAfter + TimeSpan.FromSeconds(1));
        Assert.True((await second.GetDocumentAsync($"/editor/articles/edit/{id}")).QuerySelector("#presence")!.HasAttribute("hidden"));
        Assert.Empty(await BeatAsync(second, id));
    }

    [Fact]
    public async Task Heartbeat_WithoutAntiforgeryToken_Is400_AndOnAnotherOnesDraftForKontributor_IsRefused()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields("Detak Tanpa Token " + Guid.NewGuid().ToString("N")[..8], "Draft"));
        using var tokenless = await editor.PostAsync($"/editor/articles/presence/{id}", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, tokenless.StatusCode);

        var kontributor = await factory.LoginAsNewAsync(StaffRoles.Kontributor);
        var before = factory.DatabaseFingerprint();
        using var refused = await kontributor.PostWithTokenAsync($"/editor/articles/presence/{id}", []);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(before, factory.DatabaseFingerprint());

        var ownDraft = await kontributor.CreateArticleAsync(EditorActions.ArticleFields("Draf Kontributor Detak " + Guid.NewGuid().ToString("N")[..8], "Draft"));
        Assert.Empty(await BeatAsync(kontributor, ownDraft));
    }
}
