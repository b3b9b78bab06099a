using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Areas.Editor.Pages.Shared;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>
/// Write or edit an article. Every button posts the whole form, so nothing typed is lost, whatever the outcome; saves
/// redirect (PRG) with a message that says what happened. What was typed is also autosaved to the person's slot
/// (<see cref="ArticleAutosaves"/>), and kept when a save arrives after the session ended (<see cref="SessionRescue"/>).
/// </summary>
public class EditModel(TempoDbContext db, ArticleWriter writer, ArticleFormReader reader, ArticleAutosaves autosaves, TimeProvider clock,
    ArticleFormFacts facts, EditConflict.Reader conflicts, Media.MediaLibrary library, FormReferences references, ReviewDesk desk, ReviewPanel panels,
    PhotoStore photos)
    : PageModel
{
    public const string ConflictMessage =
        "Artikel ini sudah disimpan orang lain sejak Anda membukanya. Teks Anda masih ada di formulir; bandingkan dengan versi terbaru, gabungkan, lalu simpan lagi.";

    public const string UnpublishConfirmation = "unpublish";

    [BindProperty] public ArticleInput Input { get; set; } = new();
    [BindProperty] public IFormFile? PhotoUpload { get; set; }

    /// <summary>What the form shows beside the typed fields (<see cref="ArticleFormFacts"/>).</summary>
    public ArticleFormFacts.Facts Facts { get; private set; } = ArticleFormFacts.Facts.None;

    public int? ArticleId => Facts.ArticleId;
    public string? PublicUrl => Facts.PublicUrl;
    public bool CanPublish => Facts.CanPublish;
    public IReadOnlyList<KanalListItem> Kanals => Facts.Kanals;
    public HtmlString? Preview { get; private set; }

    /// <summary>The review desk on this story: state, notes, steps (null for a new story).</summary>
    public ReviewPanel.View? Review { get; private set; }

    /// <summary>After a lost save: the newer version and its differences from the form, to merge in place.</summary>
    public EditConflict? Conflict { get; private set; }

    /// <summary>A colleague saved this story after this editor's last save (<see cref="EditConflict.Reader.ChangedSinceMineAsync"/>).</summary>
    public string? ChangedByColleague { get; private set; }

    /// <summary>Set by the confirm panel's button: taking a live or scheduled story off the site was asked and answered.</summary>
    [BindProperty(Name = "confirm")] public string? Confirmed { get; set; }

    /// <summary>"Tarik dari situs" on a published story first asks (the form, with what was typed, comes back with the question).</summary>
    public bool ConfirmingUnpublish { get; private set; }

    /// <summary>The whole reader page of the saved story, for a limited time, to open and pass on.</summary>
    public PreviewLinks.Link? ShareablePreview => Facts.ShareablePreview;
    public IReadOnlyList<(int Id, string Title)> SearchResults { get; private set; } = [];

    /// <summary>The linked stories and search results readers cannot see, by id, with their state (publishing this story leaves them so).</summary>
    public IReadOnlyDictionary<int, UnpublishedLinks.Link> Unpublished => Facts.Unpublished;

    /// <summary>The stories the form links that readers cannot see, in the form's order.</summary>
    public IEnumerable<UnpublishedLinks.Link> UnpublishedLinked => UnpublishedLinks.IdsIn(Input).Where(Unpublished.ContainsKey).Select(id => Unpublished[id]);

    /// <summary>Where the story stands now (as saved), for the action bar: which buttons make sense.</summary>
    public ArticlePhase Phase => Facts.Phase;
    public DateTime? SavedAtUtc => Facts.SavedAtUtc;
    public ArticleStatus SavedStatus => Facts.SavedStatus;
    public DateTime? PublishedAtUtc => Facts.PublishedAtUtc;

    /// <summary>The saved story's own date, kept when it is published (again): its first publish date, or none known for an imported page without a date.</summary>
    public DateTime? FirstPublishedAtUtc => Facts.FirstPublishedAtUtc;
    public bool PublishDateUnknown => Facts.PublishDateUnknown;

    /// <summary>An autosave newer than the saved version, offered for restoring.</summary>
    public DateTime? AutosaveOffer { get; private set; }

    /// <summary>The form shows the autosave slot (restored on request, or after a session ended); its pending action, if any.</summary>
    public ArticleAutosave? Restored { get; private set; }

    public string FormOwnerToken => Facts.FormOwnerToken;

    private string UserName => User.Identity!.Name!;
    private string StaffId => User.StaffId()!;
    private int Slot(int? id) => id ?? ArticleAutosave.NewArticle;

    /// <param name="kanal">A new story's kanal, chosen beforehand (a kanal's slug); otherwise the writer picks one.</param>
    /// <param name="media">A stored photo chosen in the photo library: the form shows it as the lead photo (saved with Simpan).</param>
    public async Task<IActionResult> OnGetAsync(int? id, string? kanal, string? media, [FromQuery(Name = SessionRescue.RestoreQuery)] bool restore = false)
    {
        Article? article = null;
        if (id is null && kanal is { Length: <= 64 })
            Input.KanalId = await db.Kanals.Where(k => k.Slug == kanal).Select(k => (int?)k.Id).FirstOrDefaultAsync();
        if (id is not null)
        {
            article = await writer.LoadAsync(id.Value);
            if (article is null) return NotFound();
            // CASE: the writer's own story on the desk or live opens read-only, with its notes, instead of "Akses ditolak".
            if (!User.MayEdit(article)) return User.MayRead(article) ? Redirect(UrlMap.ReadArticle(article.Id)) : Forbid();
            Input = ArticleInput.From(article);
            ChangedByColleague = await conflicts.ChangedSinceMineAsync(article.Id, UserName);
        }

        var slot = await autosaves.FindAsync(StaffId, Slot(id));
        if (slot is not null && restore)
        {
            await TryUpdateModelAsync(Input, nameof(Input), ArticleAutosaves.ValuesOf(slot));
            // The restored values are the model's; nothing was posted, so nothing is wrong yet.
            ModelState.Clear();
            Restored = slot;
        }
        else if (slot is not null && (article is null || slot.SavedAtUtc > article.UpdatedAtUtc)) AutosaveOffer = slot.SavedAtUtc;
        await UseLibraryPhotoAsync(media);
        return await ShowAsync(article);
    }

    private async Task UseLibraryPhotoAsync(string? path)
    {
        if (string.IsNullOrEmpty(path) || path.Length > 100 || await library.FindAsync(User, path) is not { } photo) return;
        (Input.PhotoPath, Input.PhotoCaption, Input.PhotoCredit, Input.PhotoAlt, Input.RemovePhoto) = (photo.Path, photo.Caption, photo.Credit, photo.AltText, false);
    }

    /// <summary>Simpan: keeps the status the pressed button names (Simpan draf, Simpan perubahan, Tarik dari situs).</summary>
    public Task<IActionResult> OnPostAsync(int? id) => SaveAsync(id, Input.Status);

    /// <summary>Terbitkan: live now (<see cref="PublishButtons.Publish"/>).</summary>
    public Task<IActionResult> OnPostPublishAsync(int? id) =>
        SaveAsync(id, ArticleStatus.Published, article => PublishButtons.Publish(article, Input, clock.GetUtcNow().UtcDateTime, ModelState));

    /// <summary>Jadwalkan: at the typed time (<see cref="PublishButtons.Schedule"/>).</summary>
    public Task<IActionResult> OnPostScheduleAsync(int? id) =>
        SaveAsync(id, ArticleStatus.Published, article => PublishButtons.Schedule(article, Input, clock.GetUtcNow().UtcDateTime, ModelState));

    /// <summary>Kirim ke redaksi: what was typed is saved as a draft, then the draft goes to the desk (<see cref="ReviewDesk"/>).</summary>
    public async Task<IActionResult> OnPostSendAsync(int? id)
    {
        var (article, denied) = await LoadForPostAsync(id);
        if (denied is not null) return denied;
        if (User.IsPublisher() || (article is not null && !User.MaySendForReview(article))) return Forbid();
        return await SaveAsync(id, ArticleStatus.Draft, afterSave: async saved =>
        {
            await desk.SendAsync(saved, UserName);
            Flash.Tell(TempData, "Dikirim ke redaksi. Berita menunggu review editor; Anda diberi tahu bila dikembalikan atau diterbitkan.");
        });
    }

    /// <summary>The script's autosave: the typed fields into this person's slot, answered with the time (JSON).</summary>
    public async Task<IActionResult> OnPostAutosaveAsync(int? id)
    {
        var (_, denied) = await LoadForPostAsync(id);
        if (denied is not null) return denied;
        if (ArticleAutosaves.FieldsOf(Request.Form) is not { } fields)
            return StatusCode(StatusCodes.Status413PayloadTooLarge, new { message = "Terlalu panjang untuk disimpan otomatis. Simpan draf." });
        var savedAt = await autosaves.WriteAsync(StaffId, Slot(id), fields, pendingAction: null);
        return new JsonResult(new { savedAt = JakartaTime.Clock(savedAt) });
    }

    /// <summary>Buang salinan otomatis: the slot goes, the saved version stays.</summary>
    public async Task<IActionResult> OnPostDiscardAutosaveAsync(int? id)
    {
        var (_, denied) = await LoadForPostAsync(id);
        if (denied is not null) return denied;
        await autosaves.DeleteAsync(StaffId, Slot(id));
        Flash.Tell(TempData, "Salinan otomatis dibuang.");
        return Redirect(UrlMap.EditArticle(id));
    }

    /// <param name="publishTime">Checks the publish time for this story; returns an exact time to publish at (else the form's is read).</param>
    /// <param name="afterSave">A step that follows a successful save (Kirim ke redaksi), before the redirect.</param>
    private async Task<IActionResult> SaveAsync(int? id, ArticleStatus status, Func<Article?, DateTime?>? publishTime = null, Func<Article, Task>? afterSave = null)
    {
        var (article, denied) = await LoadForPostAsync(id);
        if (denied is not null) return denied;
        Input.Status = status;
        if (!User.MayPublish() && status != ArticleStatus.Draft) return Forbid();
        var exactPublishTime = publishTime?.Invoke(article);
        var current = article is null ? null : ArticleSnapshot.Of(article);
        UseMergedBodyIfChosen();

        await reader.KeepUploadAsync(Input, PhotoUpload, UserName, ModelState);
        if (!ModelState.IsValid) return await ShowAsync(article);

        var form = await reader.ReadAsync(Input, article, User, ModelState);
        if (form is null) return await ShowAsync(article);
        // The field holds minutes; an archive story keeps its first publish date to the second.
        if (exactPublishTime is { } exact) form = form with { Snapshot = form.Snapshot with { PublishedAtUtc = exact } };
        var resolving = Input.Choices.Count > 0;
        // CASE: the form comes back from a conflict with a choice per field, applied on top of the version it showed
        // (a later save makes the version check below fail: the editor chooses again, against that one).
        if (resolving && article is not null && current is not null && Input.Version == article.Version)
        {
            if (FieldMerge.Merge(Input.BaseFields, form.Snapshot, current, Input.Choices) is not var (resolved, _, _))
                return await ShowConflictAsync(article, form.Snapshot);
            form = form with { Snapshot = resolved };
        }
        var unpublishing = status == ArticleStatus.Unpublished && article is { Status: ArticleStatus.Published };
        if (unpublishing && Confirmed != UnpublishConfirmation)
        {
            ConfirmingUnpublish = true;
            return await ShowAsync(article);
        }

        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var wasLive = article?.IsLive(nowUtc) == true;
        var target = article ?? new Article { Title = form.Snapshot.Title, Slug = form.Snapshot.Slug, AuthorId = User.StaffId() };
        if (!await writer.SaveAsync(new ArticleSave(target, Input.Version, form.Snapshot, UserName) { NewKanal = form.NewKanal }))
        {
            if (article is not null && !resolving && form.NewKanal is null && await conflicts.TryMergeAsync(article.Id, Input.BaseFields, form.Snapshot, UserName) is var (merged, message))
            {
                await autosaves.DeleteAsync(StaffId, Slot(id));
                Flash.Tell(TempData, message);
                return Redirect(UrlMap.EditArticle(merged.Id));
            }
            if (article is not null) return await ShowConflictAsync(article, form.Snapshot);
            ModelState.AddModelError("", ConflictMessage);
            return await ShowAsync(article);
        }

        // What was typed is saved now; its autosave (and a form kept when a session ended) has done its work.
        await autosaves.DeleteAsync(StaffId, Slot(id));
        SaveMessage.Tell(TempData, target, wasLive, nowUtc, await facts.PublicPathAsync(target));
        if (afterSave is not null) await afterSave(target);
        if (unpublishing) TempData.OfferUndo($"{UrlMap.Editor}/articles/confirm/{target.Id}?handler=Republish&version={target.Version}");
        return Redirect(UrlMap.EditArticle(target.Id));
    }

    /// <summary>
    /// The conflict panel: each field both changed, to choose. The next save starts from the newer version (the editor
    /// has seen it) and keeps the base the form was opened at, so the fields only the colleague changed are theirs.
    /// </summary>
    private async Task<IActionResult> ShowConflictAsync(Article article, ArticleSnapshot mine)
    {
        ModelState.AddModelError("", ConflictMessage);
        if (await conflicts.ReadAsync(article.Id, Input.BaseFields, mine) is { } conflict)
        {
            Conflict = conflict with { Posted = Input.Choices };
            Input.Version = conflict.NewerVersion;
            Input.MergedBody = conflict.MergedBody;
            ModelState.Remove("Input.Version");
            ModelState.Remove("Input.MergedBody");
        }
        return await ShowAsync(article);
    }

    /// <summary>"Pakai teks gabungan" for the body: the merged text typed on the conflict panel becomes the form's body.</summary>
    private void UseMergedBodyIfChosen()
    {
        if (Input.Choices.GetValueOrDefault(FieldMerge.BodyKey) != FieldMerge.Merged) return;
        Input.Body = Input.MergedBody;
        Input.Choices[FieldMerge.BodyKey] = FieldMerge.Mine;
        ModelState.Remove("Input.Body");
    }

    public async Task<IActionResult> OnPostPreviewAsync(int? id)
    {
        var (article, denied) = await LoadForPostAsync(id);
        if (denied is not null) return denied;
        await reader.KeepUploadAsync(Input, PhotoUpload, UserName, ModelState);
        Preview = FormPreview.Render(Input.Body, ModelState, photos.FindStored);
        return await ShowAsync(article);
    }

    public async Task<IActionResult> OnPostSearchAsync(int? id)
    {
        var (article, denied) = await LoadForPostAsync(id);
        if (denied is not null) return denied;
        await reader.KeepUploadAsync(Input, PhotoUpload, UserName, ModelState);
        SearchResults = await references.SearchAsync(User, Input.SearchQuery, id);
        return await ShowAsync(article);
    }

    public async Task<IActionResult> OnPostAddRelatedAsync(int? id, int pickedId) =>
        await ChangeReferencesAsync(id, pickedId, reference => Input.Related = string.Join("\n", new[] { Input.Related?.TrimEnd(), reference }.Where(s => !string.IsNullOrEmpty(s))));

    public async Task<IActionResult> OnPostSetPickAsync(int? id, int pickedId) =>
        await ChangeReferencesAsync(id, pickedId, reference => Input.EditorsPick = reference);

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        if (!User.MayUseTrash()) return Forbid();
        var article = await writer.LoadAsync(id);
        if (article is null) return NotFound();
        await writer.MoveToTrashAsync(article, UserName);
        TempData.Offer($"\"{article.Title}\" dipindahkan ke tempat sampah.", $"{UrlMap.Editor}/trash?handler=Restore&id={id}");
        return Redirect(UrlMap.Editor);
    }

    /// <summary>Writes "123 · Judul" into the form: the id decides, the title is for the editor's eyes.</summary>
    private async Task<IActionResult> ChangeReferencesAsync(int? id, int pickedId, Action<string> change)
    {
        var (article, denied) = await LoadForPostAsync(id);
        if (denied is not null) return denied;
        await reader.KeepUploadAsync(Input, PhotoUpload, UserName, ModelState);
        if (await references.ReferenceAsync(User, pickedId) is not { } reference) return NotFound();
        change(reference);
        ModelState.Clear();
        return await ShowAsync(article);
    }

    private async Task<(Article? Article, IActionResult? Denied)> LoadForPostAsync(int? id)
    {
        if (id is null) return (null, null);
        var article = await writer.LoadAsync(id.Value);
        if (article is null) return (null, NotFound());
        return User.MayEdit(article) ? (article, null) : (null, Forbid());
    }

    private async Task<IActionResult> ShowAsync(Article? article)
    {
        Facts = await facts.ReadAsync(User, article, [.. UnpublishedLinks.IdsIn(Input), .. SearchResults.Select(r => r.Id)]);
        Review = article is null ? null : await panels.ReadAsync(User, article);
        return Page();
    }
}
