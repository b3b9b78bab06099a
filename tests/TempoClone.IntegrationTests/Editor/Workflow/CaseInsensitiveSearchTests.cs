using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Editor.Workflow;

/// <summary>
/// The newsroom's text searches ignore case on both engines: an editor typing "banjir" finds "Banjir …" (LIKE ignores
/// case on SQLite but not on PostgreSQL, so each goes through the engine's one case-insensitive contains).
/// </summary>
public class CaseInsensitiveSearchTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    // Upper case in the stored text, lower case typed (and the other way round for the unique part).
    private static (string Stored, string Typed) Words(string lead)
    {
        var token = Guid.NewGuid().ToString("N")[..10];
        return ($"{lead} Rob Pesisir {token}", $"{lead.ToLowerInvariant()} rob pesisir {token.ToUpperInvariant()}");
    }

    [Fact]
    public async Task Lookup_LowerCaseWords_FindTheCapitalisedTitle()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var (title, typed) = Words("Banjir");
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields(title));

        using var response = await editor.GetAsync("/editor/articles/lookup?q=" + Uri.EscapeDataString(typed));
        var hits = JsonSerializer.Deserialize<JsonElement[]>(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(id, Assert.Single(hits).GetProperty("id").GetInt32());
    }

    /// <summary>
    /// Issue 20: the lookup asks the search index (a LIKE '%…%' read every title of the archive), so it finds the start
    /// of each word, whatever the case or accents, and the id typed instead of a title.
    /// </summary>
    [Fact]
    public async Task Lookup_FindsTheStartsOfWords_InAnyCaseAndWithoutAccents()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var token = Guid.NewGuid().ToString("N")[..10];
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields($"Kopi Gayo Dari Acèh Menembus Pasar {token}"));

        foreach (var typed in new[] { $"KOPI ACEH {token}", $"{token[..6]} gay", $"pasar menem {token}" })
        {
            using var response = await editor.GetAsync("/editor/articles/lookup?q=" + Uri.EscapeDataString(typed));
            var hits = JsonSerializer.Deserialize<JsonElement[]>(await response.Content.ReadAsStringAsync())!;
            Assert.Equal(id, Assert.Single(hits).GetProperty("id").GetInt32());
        }
        using var byId = await editor.GetAsync($"/editor/articles/lookup?q={id}");
        Assert.Contains(JsonSerializer.Deserialize<JsonElement[]>(await byId.Content.ReadAsStringAsync())!, hit => hit.GetProperty("id").GetInt32() == id);
    }

    [Fact]
    public async Task ArticleFormSearch_WithoutScript_FindsTheCapitalisedTitle_AsTheLookupDoes()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var (title, typed) = Words("Banjir");
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields(title));
        var fields = EditorActions.ArticleFields("Cerita Yang Sedang Ditulis", status: "Draft");
        fields["Input.SearchQuery"] = typed;

        using var search = await editor.SubmitFormAsync(EditorActions.NewArticle, EditorActions.FormSelector, fields, "button[formaction*='handler=Search']");
        var form = (await HtmlDocuments.ParseAsync(search)).QuerySelector<IHtmlFormElement>(EditorActions.FormSelector)!;

        var add = Assert.Single(form.QuerySelectorAll<IHtmlButtonElement>("button[formaction*='handler=AddRelated']"));
        Assert.Equal(id.ToString(), add.Value);
    }

    [Fact]
    public async Task PhotoLibrary_LowerCaseWords_FindTheCapitalisedCaption()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var (caption, typed) = Words("Banjir");
        var fields = EditorActions.ArticleFields("Foto Banjir " + Guid.NewGuid().ToString("N")[..8]);
        fields["Input.PhotoCaption"] = caption;
        fields["Input.PhotoCredit"] = "TEMPO/Pustaka";
        fields["Input.PhotoAlt"] = "Air setinggi lutut di jalan";
        await editor.CreateArticleAsync(fields, TestImages.PhotoField(TestImages.Png(200, 120)));

        using var response = await editor.GetAsync("/editor/media?q=" + Uri.EscapeDataString(typed));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = Assert.Single((await HtmlDocuments.ParseAsync(response)).QuerySelectorAll(".media-item"));
        Assert.Contains(caption, item.Text());
    }
}
