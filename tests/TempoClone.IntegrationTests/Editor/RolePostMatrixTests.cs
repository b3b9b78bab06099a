using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Editor;

/// <summary>
/// Every editor POST, as every role, with a valid antiforgery token (a 400 for a missing token proves nothing):
/// where the role may not write, the database is unchanged; where it may, the same request does change it.
/// </summary>
public class RolePostMatrixTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private static readonly string[] Everyone = [StaffRoles.Kontributor, StaffRoles.Editor, StaffRoles.Admin];
    private static readonly string[] Publishers = [StaffRoles.Editor, StaffRoles.Admin];
    private static readonly string[] Admins = [StaffRoles.Admin];
    private static readonly string[] Nobody = [];

    /// <summary>Sign-in steps are for anonymous visitors; LoginTests and LoginThrottleTests cover them.</summary>
    private static readonly string[] NotStaffActions = ["/Account/Login:", "/Account/LoginTwoFactor:"];

    private sealed record Request(string Url, List<KeyValuePair<string, string>> Fields);

    /// <summary>Who posts: the role, and the account (for what belongs to the person, like an autosave slot).</summary>
    private sealed record Actor(string Role, string Email);

    /// <param name="Handler">Page and handler ("/Picks:Add"), checked against the app's own handler list.</param>
    /// <param name="Writers">Roles for which this request changes the database; for all others it must change nothing.</param>
    private sealed record Case(string Handler, string What, string[] Writers, Func<Actor, Task<Request>> Arrange, bool OwnSession = false);

    private HttpClient? _admin;
    private async Task<HttpClient> AdminAsync() => _admin ??= await factory.LoginAsNewAsync(StaffRoles.Admin);

    private static string Unique(string what) => $"{what} {Guid.NewGuid().ToString("N")[..8]}";

    private async Task<int> ArticleAsync(string status, bool withSecondRevision = false)
    {
        var admin = await AdminAsync();
        var id = await admin.CreateArticleAsync(EditorActions.ArticleFields(Unique("Sasaran " + status), status));
        if (withSecondRevision) (await admin.EditArticleAsync(id, new() { ["Input.Deck"] = "Ringkasan kedua" })).Dispose();
        return id;
    }

    /// <summary>The stored lead photo of a new live story.</summary>
    private async Task<string> LivePhotoAsync()
    {
        var fields = EditorActions.ArticleFields(Unique("Foto matriks"));
        fields["Input.PhotoCaption"] = "Keterangan foto matriks.";
        fields["Input.PhotoAlt"] = "Foto matriks";
        var id = await (await AdminAsync()).CreateArticleAsync(fields, new FileField("PhotoUpload", "foto.png", TestImages.Png(), "image/png"));
        return await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.LeadPhoto!.ImagePath!).SingleAsync());
    }

    private Task<int> VersionOfAsync(int id) => factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Version).SingleAsync());

    private async Task<List<KeyValuePair<string, string>>> ArticleFormAsync(int? id, string status)
    {
        var fields = EditorActions.ArticleFields(Unique("Perubahan"), status).ToList();
        fields.Add(new("Input.KanalId", (await factory.WithDbAsync(db => db.Kanals.Where(k => k.Slug == "internasional").Select(k => k.Id).SingleAsync())).ToString()));
        if (id is not null) fields.Add(new("Input.Version", (await VersionOfAsync(id.Value)).ToString()));
        return fields;
    }

    /// <summary>A withdrawn story and the state it had before, as a bulk withdraw's undo address carries it.</summary>
    private async Task<string> WithdrawnPriorAsync()
    {
        var id = await ArticleAsync("Unpublished");
        var a = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => new { a.Version, a.PublishedAtUtc, a.KanalId }).SingleAsync());
        return $"{id}.{a.Version}.{(int)ArticleStatus.Published}.{a.PublishedAtUtc.Ticks}.{a.KanalId}";
    }

    private async Task<(int Article, int Correction)> CorrectionAsync()
    {
        var id = await ArticleAsync("Published");
        using var added = await (await AdminAsync()).SubmitFormAsync($"/editor/articles/corrections/{id}", "form.corrections-form",
            new Dictionary<string, string> { ["Text"] = Unique("Ralat awal") });
        return (id, await factory.WithDbAsync(db => db.Corrections.Where(c => c.ArticleId == id).Select(c => c.Id).SingleAsync()));
    }

    private async Task<string> PickListTokenAsync() =>
        (await (await AdminAsync()).GetDocumentAsync("/editor/picks")).QuerySelector("input[name='ListToken']")!.GetAttribute("value")!;

    private async Task<string> FrontPageTokenAsync() =>
        (await (await AdminAsync()).GetDocumentAsync("/editor/frontpage")).QuerySelector("form.front-page-form input[name='Token']")!.GetAttribute("value")!;

    private async Task<List<KeyValuePair<string, string>>> FrontPageSlotsAsync() =>
        [new("Slots[0].Reference", (await ArticleAsync("Published")).ToString()), new("Slots[0].EndsAt", ""), new("Token", await FrontPageTokenAsync())];

    private List<KeyValuePair<string, string>> BarFields(string token) =>
        [new("Bar.Label", "Terkini"), new("Bar.Text", Unique("Bar matriks")), new("Bar.Link", ""), new("Bar.EndsAt",
            TempoClone.Web.Rendering.JakartaTime.TypedTime(factory.Clock.GetUtcNow().UtcDateTime.AddDays(1))), new("Token", token)];

    private async Task<int> TwoPicksAsync()
    {
        var first = await ArticleAsync("Published");
        var second = await ArticleAsync("Published");
        return await factory.WithDbAsync(async db =>
        {
            var top = await db.HomePicks.MaxAsync(p => (int?)p.Position) ?? 0;
            var pick = new HomePick { ArticleId = first, Position = top + 1 };
            db.HomePicks.AddRange(pick, new HomePick { ArticleId = second, Position = top + 2 });
            await db.SaveChangesAsync();
            return pick.Id;
        });
    }

    private async Task<(int Id, int Version)> SitePageAsync()
    {
        var page = await factory.WithDbAsync(db => db.SitePages.Where(p => p.Slug == "kontak").Select(p => new { p.Id, p.Version }).SingleAsync());
        return (page.Id, page.Version);
    }

    /// <summary>A draft waiting on the desk, written by the actor (or by the admin).</summary>
    private async Task<int> WaitingAsync(Actor? author)
    {
        var id = await ArticleAsync("Draft");
        var authorId = author is null ? null : await StaffIdAsync(author.Email);
        await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(set => set
            .SetProperty(a => a.ReviewState, ReviewState.Waiting).SetProperty(a => a.ReviewSentAtUtc, TempoAppFactory.StartTime.UtcDateTime)
            .SetProperty(a => a.AuthorId, a => authorId ?? a.AuthorId)));
        return id;
    }

    /// <summary>An unread notification for the actor (or for the admin).</summary>
    private async Task<int> NotificationAsync(Actor? recipient)
    {
        var recipientId = await StaffIdAsync(recipient?.Email ?? TempoAppFactory.AdminEmail);
        return await factory.WithDbAsync(async db =>
        {
            var added = db.StaffNotifications.Add(new StaffNotification { RecipientId = recipientId, Kind = NotificationKind.Sent, ArticleId = 1, ArticleTitle = "Matriks", ActorUserName = "matriks", AtUtc = TempoAppFactory.StartTime.UtcDateTime }).Entity;
            await db.SaveChangesAsync();
            return added.Id;
        });
    }

    /// <summary>A note written by the actor (or by the admin) on a story the actor wrote, waiting on the desk.</summary>
    private async Task<(int Article, int Note)> NoteAsync(Actor actor, bool byActor)
    {
        var id = await WaitingAsync(actor);
        var note = await factory.WithDbAsync(async db =>
        {
            var added = db.ArticleNotes.Add(new ArticleNote { ArticleId = id, Text = Unique("Catatan matriks"), AtUtc = TempoAppFactory.StartTime.UtcDateTime,
                AuthorUserName = byActor ? actor.Email : TempoAppFactory.AdminEmail }).Entity;
            await db.SaveChangesAsync();
            return added.Id;
        });
        return (id, note);
    }

    private Task<string> StaffIdAsync(string email) => factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private IEnumerable<Case> Cases() =>
    [
        new("/Articles/Edit:", "new draft", Everyone, async _ => new("/editor/articles/edit", await ArticleFormAsync(null, "Draft"))),
        new("/Articles/Edit:", "new published article", Publishers, async _ => new("/editor/articles/edit", await ArticleFormAsync(null, "Published"))),
        new("/Articles/Edit:", "someone else's draft", Publishers, async _ => await ArticleAsync("Draft") is var id ? new($"/editor/articles/edit/{id}", await ArticleFormAsync(id, "Draft")) : null!),
        new("/Articles/Edit:", "a published article", Publishers, async _ => await ArticleAsync("Published") is var id ? new($"/editor/articles/edit/{id}", await ArticleFormAsync(id, "Published")) : null!),
        new("/Articles/Edit:Preview", "preview of someone else's draft", Nobody, async _ => await ArticleAsync("Draft") is var id ? new($"/editor/articles/edit/{id}?handler=Preview", await ArticleFormAsync(id, "Draft")) : null!),
        new("/Articles/Edit:Search", "related search", Nobody, async _ => await ArticleAsync("Draft") is var id
            ? new($"/editor/articles/edit/{id}?handler=Search", [.. await ArticleFormAsync(id, "Draft"), new("Input.SearchQuery", "Sasaran")]) : null!),
        new("/Articles/Edit:AddRelated", "add related", Nobody, async _ => await ArticleAsync("Draft") is var id
            ? new($"/editor/articles/edit/{id}?handler=AddRelated&pickedId={await ArticleAsync("Published")}", await ArticleFormAsync(id, "Draft")) : null!),
        new("/Articles/Edit:SetPick", "set pick", Nobody, async _ => await ArticleAsync("Draft") is var id
            ? new($"/editor/articles/edit/{id}?handler=SetPick&pickedId={await ArticleAsync("Published")}", await ArticleFormAsync(id, "Draft")) : null!),
        new("/Articles/Edit:Publish", "publish a new story", Publishers, async _ => new("/editor/articles/edit?handler=Publish", await ArticleFormAsync(null, "Draft"))),
        new("/Articles/Edit:Publish", "publish someone else's draft", Publishers, async _ => await ArticleAsync("Draft") is var id
            ? new($"/editor/articles/edit/{id}?handler=Publish", await ArticleFormAsync(id, "Draft")) : null!),
        new("/Articles/Edit:Schedule", "schedule someone else's draft", Publishers, async _ => await ArticleAsync("Draft") is var id
            ? new($"/editor/articles/edit/{id}?handler=Schedule", [.. await ArticleFormAsync(id, "Draft"),
                new("Input.PublishAt", TempoClone.Web.Rendering.JakartaTime.TypedTime(factory.Clock.GetUtcNow().UtcDateTime.AddDays(2)))]) : null!),
        // Draws what is typed; saves nothing, for anyone.
        new("/Articles/LivePreview:", "live preview of typed text", Nobody, async _ => new("/editor/articles/livepreview", await ArticleFormAsync(null, "Draft"))),
        // Stores a photo file (not a row) for anyone on staff, like an upload with the form.
        new("/Articles/PhotoUpload:", "photo processed when chosen", Nobody, async _ => new("/editor/articles/photoupload", [])),
        new("/Media/Frame:", "focal point of a live story's photo", Publishers, async _ => new(
            $"/editor/media/frame?foto={Uri.EscapeDataString(await LivePhotoAsync())}", [new("Input.FocusX", "20"), new("Input.FocusY", "80"),
                new("Input.CropLeft", "0"), new("Input.CropTop", "0"), new("Input.CropRight", "0"), new("Input.CropBottom", "0")])),
        new("/Articles/Edit:Autosave", "autosave a new story", Everyone, async _ => new("/editor/articles/edit?handler=Autosave", await ArticleFormAsync(null, "Draft"))),
        new("/Articles/Edit:Autosave", "autosave someone else's draft", Publishers, async _ => await ArticleAsync("Draft") is var id
            ? new($"/editor/articles/edit/{id}?handler=Autosave", await ArticleFormAsync(id, "Draft")) : null!),
        new("/Articles/Edit:DiscardAutosave", "discard own autosave", Everyone, async actor =>
        {
            var staffId = await StaffIdAsync(actor.Email);
            await factory.WithDbAsync(async db =>
            {
                await db.ArticleAutosaves.Where(a => a.StaffId == staffId).ExecuteDeleteAsync();
                db.ArticleAutosaves.Add(new ArticleAutosave { StaffId = staffId, ArticleId = ArticleAutosave.NewArticle, FormJson = "{}", SavedAtUtc = TempoAppFactory.StartTime.UtcDateTime });
                return await db.SaveChangesAsync();
            });
            return new("/editor/articles/edit?handler=DiscardAutosave", []);
        }),
        new("/Articles/Edit:Delete", "move to trash", Publishers, async _ => new($"/editor/articles/edit/{await ArticleAsync("Published")}?handler=Delete", [])),
        new("/Articles/History:Restore", "restore a revision", Publishers, async _ => await ArticleAsync("Published", withSecondRevision: true) is var id
            ? new($"/editor/articles/history/{id}?handler=Restore&rev=1&version={await VersionOfAsync(id)}", []) : null!),
        new("/Articles/Confirm:Republish", "publish again (the undo of unpublish)", Publishers, async _ => await ArticleAsync("Unpublished") is var id
            ? new($"/editor/articles/confirm/{id}?handler=Republish", [new("version", (await VersionOfAsync(id)).ToString())]) : null!),
        // Someone else's draft: only those who may edit it are recorded as editing it.
        new("/Articles/Presence:", "presence heartbeat", Publishers, async _ => new($"/editor/articles/presence/{await ArticleAsync("Draft")}", [])),
        new("/Articles/Bulk:Apply", "bulk publish someone else's draft", Publishers, async _ => await ArticleAsync("Draft") is var id
            ? new("/editor/articles/bulk?handler=Apply", [new("aksi", "terbitkan"), new("cerita", $"{id}.{await VersionOfAsync(id)}")]) : null!),
        new("/Articles/Bulk:Undo", "undo a bulk withdraw", Publishers, async _ => new("/editor/articles/bulk?handler=Undo&aksi=tarik&sebelum=" + await WithdrawnPriorAsync(), [])),
        new("/Picks:Add", "add a pick", Publishers, async _ => new("/editor/picks?handler=Add",
            [new("AddReference", (await ArticleAsync("Published")).ToString()), new("ListToken", await PickListTokenAsync())])),
        new("/Picks:Move", "move a pick", Publishers, async _ => await TwoPicksAsync() is var pick
            ? new("/editor/picks?handler=Move", [new("pickId", pick.ToString()), new("delta", "1"), new("ListToken", await PickListTokenAsync())]) : null!),
        new("/Picks:Remove", "remove a pick", Publishers, async _ => await TwoPicksAsync() is var pick
            ? new("/editor/picks?handler=Remove", [new("pickId", pick.ToString()), new("ListToken", await PickListTokenAsync())]) : null!),
        new("/FrontPage/Index:Save", "set the front page's slots", Publishers, async _ => new("/editor/frontpage?handler=Save", await FrontPageSlotsAsync())),
        new("/FrontPage/Index:Move", "reorder the front page form (saves nothing)", Nobody, async _ => new("/editor/frontpage?handler=Move&index=0&delta=1", await FrontPageSlotsAsync())),
        new("/FrontPage/Index:Preview", "preview the front page (saves nothing)", Nobody, async _ => new("/editor/frontpage?handler=Preview", await FrontPageSlotsAsync())),
        new("/FrontPage/Index:Bar", "put up the breaking-news bar", Publishers, async _ => new("/editor/frontpage?handler=Bar", BarFields(await FrontPageTokenAsync()))),
        new("/FrontPage/Index:RemoveBar", "take the breaking-news bar down", Publishers, async _ =>
        {
            using var put = await (await AdminAsync()).PostWithTokenAsync("/editor/frontpage?handler=Bar", BarFields(await FrontPageTokenAsync()));
            Assert.Equal(HttpStatusCode.Redirect, put.StatusCode);
            return new("/editor/frontpage?handler=RemoveBar", [new("Token", await FrontPageTokenAsync())]);
        }),
        new("/Trash:Restore", "restore from trash", Publishers, async _ =>
        {
            var id = await ArticleAsync("Published");
            await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(a => a.SetProperty(x => x.DeletedAtUtc, TempoAppFactory.StartTime.UtcDateTime)));
            return new($"/editor/trash?handler=Restore&id={id}", []);
        }),
        new("/Kanal:Add", "add a kanal", Publishers, _ => Task.FromResult(new Request("/editor/kanal?handler=Add", [new("Name", Unique("Kanal Baru"))]))),
        new("/Kanal:Rename", "rename a kanal", Publishers, async _ =>
        {
            var kanal = await factory.WithDbAsync(async db =>
            {
                var name = Unique("Kanal Lama");
                var added = db.Kanals.Add(new Kanal { Name = name, Slug = TempoClone.Web.Rendering.Slugs.From(name) }).Entity;
                await db.SaveChangesAsync();
                return added.Id;
            });
            return new($"/editor/kanal?handler=Rename&id={kanal}", [new("Name", Unique("Kanal Berganti"))]);
        }),
        new("/Reporters:", "write a reporter's bio", Publishers, async _ =>
        {
            var reporter = await factory.WithDbAsync(async db =>
            {
                var added = await db.ReporterNamedAsync(Unique("Penulis Matriks"));
                await db.SaveChangesAsync();
                return added.Id;
            });
            return new($"/editor/reporters?id={reporter}", [new("Bio", Unique("Keterangan matriks"))]);
        }),
        new("/Articles/Corrections:", "add a correction", Publishers, async _ =>
            new($"/editor/articles/corrections/{await ArticleAsync("Published")}", [new("Text", Unique("Ralat matriks"))])),
        new("/Articles/Corrections:Edit", "reword a correction", Publishers, async _ => await CorrectionAsync() is var (id, correction)
            ? new($"/editor/articles/corrections/{id}?handler=Edit&correctionId={correction}", [new("changedText", Unique("Ralat diubah"))]) : null!),
        new("/Articles/Corrections:Remove", "remove a correction", Publishers, async _ => await CorrectionAsync() is var (id, correction)
            ? new($"/editor/articles/corrections/{id}?handler=Remove&correctionId={correction}", []) : null!),
        new("/SitePages/Edit:", "rewrite a standing page", Admins, async _ => await SitePageAsync() is var (id, version)
            ? new($"/editor/sitepages/edit/{id}", [new("Input.Title", Unique("Redaksi")), new("Input.Body", "Susunan redaksi baru."), new("Input.Version", version.ToString())]) : null!),
        new("/SitePages/Edit:Preview", "preview a standing page", Nobody, async _ => await SitePageAsync() is var (id, version)
            ? new($"/editor/sitepages/edit/{id}?handler=Preview", [new("Input.Title", "Pratinjau"), new("Input.Body", "Pratinjau saja."), new("Input.Version", version.ToString())]) : null!),
        // Import rules are the importer's (#8); every role may at least import a draft of their own.
        new("/Import:", "import a text", Everyone, _ => Task.FromResult(new Request("/editor/import", [new("Text",
            $"{Unique("Impor Matriks")}\nReporter: Sita Dewi\nRabu, 6 September 2023 10:00 WIB\nTEMPO.CO, Jakarta - Isi berita impor.\nBMKG\n")]))),
        new("/Staff/Index:Create", "create staff", Admins, _ => Task.FromResult(new Request("/editor/staff?handler=Create",
            [new("Input.Email", $"baru-{Guid.NewGuid():N}@tempoclone.test"), new("Input.DisplayName", "Staf Matriks"), new("Input.Role", StaffRoles.Editor), new("Input.Password", "es teh manis dingin sekali")]))),
        new("/Staff/Index:Disable", "disable an account", Admins, async _ =>
            new($"/editor/staff?handler=Disable&id={await StaffIdAsync(await factory.CreateStaffAsync(StaffRoles.Editor))}", [new("disable", "true")])),
        new("/Staff/Index:Role", "change a role", Admins, async _ =>
            new($"/editor/staff?handler=Role&id={await StaffIdAsync(await factory.CreateStaffAsync(StaffRoles.Kontributor))}", [new("role", StaffRoles.Admin)])),
        // Self-service: each staff member on their own account only.
        new("/Account/Password:", "change own password", Everyone, _ => Task.FromResult(new Request("/editor/account/password",
            [new("Input.Current", TempoAppFactory.StaffPassword), new("Input.New", TempoAppFactory.StaffPassword), new("Input.Confirm", TempoAppFactory.StaffPassword)]))),
        new("/Account/TwoFactor:Key", "make own authenticator key", Everyone, _ => Task.FromResult(new Request("/editor/account/twofactor?handler=Key", []))),
        new("/Account/TwoFactor:Enable", "enable with a wrong code", Nobody, _ => Task.FromResult(new Request("/editor/account/twofactor?handler=Enable", [new("Code", "000000")]))),
        new("/Account/TwoFactor:Disable", "turn own two-step off", Everyone, _ => Task.FromResult(new Request("/editor/account/twofactor?handler=Disable", [new("Proof", TempoAppFactory.StaffPassword)]))),
        // The review desk: a Kontributor sends; editors take, note and return; the writer withdraws their own.
        new("/Articles/Edit:Send", "send a new story to the desk", [StaffRoles.Kontributor], async _ => new("/editor/articles/edit?handler=Send", await ArticleFormAsync(null, "Draft"))),
        new("/Articles/Review:Note", "note on someone else's story", Publishers, async _ => new($"/editor/articles/review/{await ArticleAsync("Draft")}?handler=Note", [new("Text", Unique("Catatan matriks"))])),
        new("/Articles/Review:Return", "return a waiting story", Publishers, async _ => new($"/editor/articles/review/{await WaitingAsync(null)}?handler=Return", [new("Text", Unique("Kembali matriks"))])),
        new("/Articles/Review:Withdraw", "withdraw own waiting story", Everyone, async actor => new($"/editor/articles/review/{await WaitingAsync(actor)}?handler=Withdraw", [])),
        new("/Articles/Review:Withdraw", "withdraw someone else's waiting story", Nobody, async _ => new($"/editor/articles/review/{await WaitingAsync(null)}?handler=Withdraw", [])),
        new("/Articles/Review:EditNote", "reword own note", Everyone, async actor => await NoteAsync(actor, byActor: true) is var (id, note)
            ? new($"/editor/articles/review/{id}?handler=EditNote&noteId={note}", [new("Text", Unique("Catatan diubah"))]) : null!),
        new("/Articles/Review:EditNote", "reword someone else's note", Nobody, async actor => await NoteAsync(actor, byActor: false) is var (id, note)
            ? new($"/editor/articles/review/{id}?handler=EditNote&noteId={note}", [new("Text", Unique("Catatan diubah"))]) : null!),
        new("/Articles/Review:RemoveNote", "take down own note", Everyone, async actor => await NoteAsync(actor, byActor: true) is var (id, note)
            ? new($"/editor/articles/review/{id}?handler=RemoveNote&noteId={note}", []) : null!),
        new("/Articles/Review:RemoveNote", "take down someone else's note", Publishers, async actor => await NoteAsync(actor, byActor: false) is var (id, note)
            ? new($"/editor/articles/review/{id}?handler=RemoveNote&noteId={note}", []) : null!),
        new("/Review/Index:Assign", "take a waiting story", Publishers, async _ => new($"/editor/review?handler=Assign&id={await WaitingAsync(null)}", [new("expected", "")])),
        new("/Notifikasi/Index:Open", "open own notification", Everyone, async actor => new($"/editor/notifikasi?handler=Open&id={await NotificationAsync(actor)}", [])),
        new("/Notifikasi/Index:Open", "open someone else's notification", Nobody, async _ => new($"/editor/notifikasi?handler=Open&id={await NotificationAsync(null)}", [])),
        new("/Notifikasi/Index:ReadAll", "mark own notifications read", Everyone, async actor => await NotificationAsync(actor) is var _ ? new("/editor/notifikasi?handler=ReadAll", []) : null!),
        new("/Account/Logout:", "log out", Everyone, _ => Task.FromResult(new Request("/editor/account/logout", [])), OwnSession: true),
    ];

    [Fact]
    public async Task TheMatrix_CoversEveryEditorPostHandler()
    {
        factory.CreateClient().Dispose();
        var loader = factory.Services.GetRequiredService<PageLoader>();
        var handlers = new List<string>();
        foreach (var page in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
                     .Select(e => e.Metadata.GetMetadata<PageActionDescriptor>()).OfType<PageActionDescriptor>().Where(p => p.AreaName == "Editor").DistinctBy(p => p.ViewEnginePath))
        {
            var compiled = await loader.LoadAsync(page, EndpointMetadataCollection.Empty);
            handlers.AddRange(compiled.HandlerMethods.Where(h => h.HttpMethod == "Post").Select(h => $"{page.ViewEnginePath}:{h.Name}"));
        }

        Assert.Equal(handlers.Distinct().Order(), Cases().Select(c => c.Handler).Concat(NotStaffActions).Distinct().Order());
    }

    [Theory]
    [InlineData(StaffRoles.Kontributor)]
    [InlineData(StaffRoles.Editor)]
    [InlineData(StaffRoles.Admin)]
    public async Task EveryEditorPost_WritesOnlyWhereTheRoleMay(string role)
    {
        var email = await factory.CreateStaffAsync(role);
        var client = await factory.LoginAsync(email);
        var failures = new List<string>();

        foreach (var action in Cases())
        {
            var request = await action.Arrange(new Actor(role, email));
            var session = action.OwnSession ? await factory.LoginAsync(email) : client;
            var before = factory.TableFingerprints();
            using var response = await session.PostWithTokenAsync(request.Url, request.Fields);
            var after = factory.TableFingerprints();
            var changedTables = after.Where(t => before.GetValueOrDefault(t.Key) != t.Value).Select(t => t.Key).ToList();
            var changed = changedTables.Count > 0;
            var mayWrite = action.Writers.Contains(role);

            if ((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.BadRequest)
                failures.Add($"{action.What}: answered {(int)response.StatusCode}");
            else if (changed != mayWrite)
                failures.Add($"{action.What}: database {(changed ? "changed: " + string.Join(", ", changedTables) : "unchanged")} ({(int)response.StatusCode} {response.Headers.Location})");
        }

        Assert.True(failures.Count == 0, $"{role}: " + string.Join("; ", failures));
    }
}
