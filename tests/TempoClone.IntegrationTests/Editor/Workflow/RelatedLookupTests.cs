using System.Net;
using System.Text.Json;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Editor.Workflow;

/// <summary>The JSON title search behind the related-story picker: what each role may see, with kanal, date and status.</summary>
public class RelatedLookupTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private static async Task<JsonElement[]> LookupAsync(HttpClient client, string query, int? exclude = null)
    {
        using var response = await client.GetAsync($"/editor/articles/lookup?q={Uri.EscapeDataString(query)}" + (exclude is null ? "" : $"&exclude={exclude}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "");
        return JsonSerializer.Deserialize<JsonElement[]>(await response.Content.ReadAsStringAsync())!;
    }

    [Theory]
    [InlineData(StaffRoles.Kontributor)]
    [InlineData(StaffRoles.Editor)]
    [InlineData(StaffRoles.Admin)]
    public async Task Lookup_FindsLiveStoriesWithKanalDateAndStatus_ForEveryRole(string role)
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var title = $"Gempa Lookup {role} {Guid.NewGuid():N}"[..40];
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields(title));
        var client = await factory.LoginAsNewAsync(role);

        var hit = Assert.Single(await LookupAsync(client, title));
        Assert.Equal(id, hit.GetProperty("id").GetInt32());
        Assert.Equal(title, hit.GetProperty("title").GetString());
        Assert.Equal($"{id} · {title}", hit.GetProperty("reference").GetString());
        Assert.Equal("Internasional", hit.GetProperty("kanal").GetString());
        Assert.EndsWith("WIB", hit.GetProperty("date").GetString());
        Assert.Equal("Terbit", hit.GetProperty("status").GetString());
        Assert.Empty(await LookupAsync(client, title, exclude: id));
    }

    [Fact]
    public async Task Lookup_KeepsOthersDraftsFromKontributor_ButShowsThemToEditors()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var title = "Draf Rahasia Lookup " + Guid.NewGuid().ToString("N")[..8];
        await editor.CreateArticleAsync(EditorActions.ArticleFields(title, "Draft"));

        Assert.Empty(await LookupAsync(await factory.LoginAsNewAsync(StaffRoles.Kontributor), title));
        Assert.Equal("Draf", Assert.Single(await LookupAsync(await factory.LoginAsNewAsync(StaffRoles.Admin), title)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Lookup_OddQueries_AnswerJsonNever5xx()
    {
        var client = await factory.LoginAsNewAsync(StaffRoles.Editor);
        foreach (var query in new[] { "", "%%%%", "' OR 1=1--", new string('x', 6000), "_" })
            await LookupAsync(client, query);
        using var anonymous = await factory.CreateStaffClient().GetAsync("/editor/articles/lookup?q=banjir");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    [Fact]
    public async Task EditForm_ShowsThePickByTitle_NotABareId()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var pickTitle = "Pilihan Berjudul " + Guid.NewGuid().ToString("N")[..8];
        var pickId = await editor.CreateArticleAsync(EditorActions.ArticleFields(pickTitle));
        var fields = EditorActions.ArticleFields("Artikel Dengan Pilihan " + Guid.NewGuid().ToString("N")[..8]);
        fields["Input.EditorsPick"] = pickId.ToString();
        var id = await editor.CreateArticleAsync(fields);

        var page = await editor.GetDocumentAsync($"/editor/articles/edit/{id}");
        Assert.Equal($"{pickId} · {pickTitle}", page.ValueOf("Input.EditorsPick"));
    }
}
