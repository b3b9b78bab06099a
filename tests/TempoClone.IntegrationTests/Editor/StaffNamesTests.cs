using System.Net;
using Microsoft.EntityFrameworkCore;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Editor;

/// <summary>
/// Staff are shown by name everywhere in the newsroom (issue 21): the list, revisions, the audit log, the desk and its
/// notes, notifications, presence, Ralat, trash, bulk confirm, the menu. An account's e-mail appears only where it is
/// the subject: the staff admin pages and the person's own account pages.
/// </summary>
public class StaffNamesTests(TempoAppFactory app) : IClassFixture<TempoAppFactory>
{
    /// <summary>Where an e-mail is the thing shown: managing accounts, and the account's own sign-in settings.</summary>
    private static bool MayShowEmail(string path) =>
        path.StartsWith("/editor/staff", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/editor/account/", StringComparison.OrdinalIgnoreCase);

    [Fact]
    public async Task EveryEditorPage_NamesStaff_NeverByEmail()
    {
        // A day's traces of three people: a story sent to the desk with a note, a live story edited twice with a
        // Ralat, one in the trash, an editor on the form (presence), notifications.
        var writerEmail = await app.CreateStaffAsync(StaffRoles.Kontributor, "Laras Wulandari");
        var editorEmail = await app.CreateStaffAsync(StaffRoles.Editor, "Bima Prasetyo");
        var writer = await app.LoginAsync(writerEmail);
        var editor = await app.LoginAsync(editorEmail);
        var admin = await app.LoginAsync(TempoAppFactory.AdminEmail);
        using (var sent = await writer.SubmitFormAsync(EditorActions.NewArticle, EditorActions.FormSelector,
                   EditorActions.ArticleFields("Nama Staf Kiriman Penulis", "Draft"), "button[formaction*='handler=Send']"))
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var waiting = await app.WithDbAsync(db => db.Articles.Where(a => a.Title == "Nama Staf Kiriman Penulis").Select(a => a.Id).SingleAsync());
        (await editor.SubmitFormAsync($"/editor/articles/edit/{waiting}", "form.review-form[action*='handler=Note']",
            new Dictionary<string, string> { ["Text"] = "Tolong tambahkan keterangan saksi." })).Dispose();
        var live = await editor.CreateArticleAsync(EditorActions.ArticleFields("Nama Staf Berita Terbit"));
        (await admin.EditArticleAsync(live, new Dictionary<string, string> { ["Input.Deck"] = "Ringkasan yang diubah admin." })).Dispose();
        (await editor.SubmitFormAsync($"/editor/articles/corrections/{live}", "form.corrections-form",
            new Dictionary<string, string> { ["Text"] = "Sebelumnya tertulis dua pompa; yang benar tujuh pompa." })).Dispose();
        var trashed = await editor.CreateArticleAsync(EditorActions.ArticleFields("Nama Staf Ke Tempat Sampah"));
        (await editor.SubmitFormAsync($"/editor/articles/confirm/{trashed}?what=trash", "form.confirm-actions")).Dispose();
        (await editor.PostWithTokenAsync($"/editor/articles/presence/{live}", [])).Dispose();

        var emails = await app.WithDbAsync(db => db.Users.Select(u => u.Email!).ToListAsync());
        var failures = new List<string>();
        foreach (var (who, client) in new[] { ("admin", admin), ("kontributor", writer) })
        {
            var checkedPages = 0;
            foreach (var (path, text) in await CrawlAsync(client, live, waiting))
            {
                checkedPages++;
                if (MayShowEmail(path)) continue;
                failures.AddRange(emails.Where(e => text.Contains(e, StringComparison.OrdinalIgnoreCase)).Select(e => $"{who} sees {e} on {path}"));
            }
            Assert.True(checkedPages >= 10, $"{who} reached only {checkedPages} pages");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Distinct()));

        // ... and the names are there instead.
        var audit = await (await admin.GetAsync("/editor/audit")).Content.ReadAsStringAsync();
        Assert.Contains("Bima Prasetyo", audit);
        var menu = (await admin.GetDocumentAsync("/editor")).QuerySelector(".account-menu .who")!.TextContent.Trim();
        Assert.Equal("Admin", menu);
        Assert.Contains("Sedang disunting oleh Bima Prasetyo", await (await admin.GetAsync($"/editor/articles/edit/{live}")).Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Every editor page the app has (from its endpoints) with the stories' ids, the bulk confirm, then every editor link
    /// found on them, once: each text answer (HTML and the form's JSON) with its path.
    /// </summary>
    private async Task<List<(string Path, string Text)>> CrawlAsync(HttpClient client, int live, int waiting)
    {
        var queue = new Queue<string>(EditorPages.All(app.Services, _ => live).Select(p => p.Path)
            .Append($"/editor/articles/bulk?aksi=tarik&id={live}&id={waiting}")
            .Append($"/editor/articles/edit/{waiting}")
            .Append($"/editor/articles/read/{waiting}")
            .Append($"/editor/articles/history/{live}?rev=1"));
        var visited = new HashSet<string>();
        var answers = new List<(string, string)>();
        while (queue.TryDequeue(out var path) && visited.Count < 200)
        {
            if (!visited.Add(path) || path.Contains("logout", StringComparison.OrdinalIgnoreCase)) continue;
            using var response = await client.GetAsync(path);
            var type = response.Content.Headers.ContentType?.MediaType ?? "";
            if (response.StatusCode != HttpStatusCode.OK || !(type.StartsWith("text/") || type.Contains("json"))) continue;
            var text = await response.Content.ReadAsStringAsync();
            answers.Add((path, text));
            if (type != "text/html") continue;
            foreach (var link in new AngleSharp.Html.Parser.HtmlParser().ParseDocument(text).QuerySelectorAll("a[href^='/editor']"))
                queue.Enqueue(link.GetAttribute("href")!);
        }
        return answers;
    }
}
