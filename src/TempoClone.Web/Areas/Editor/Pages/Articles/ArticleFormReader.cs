using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>What a valid form asks to save: the snapshot, and the name of a kanal to make with it (the writer makes it, in the save's transaction).</summary>
public sealed record ArticleForm(ArticleSnapshot Snapshot, string? NewKanal);

/// <summary>
/// Turns a posted article form into a snapshot to save, or into validation messages on the form. It writes nothing to the
/// database; a valid form's pending photo upload is moved into the media folder (<see cref="PhotoStore.Keep"/>).
/// References to other articles are typed as an id ("123 · Judul" works too) or an exact title.
/// </summary>
public sealed partial class ArticleFormReader(TempoDbContext db, PhotoStore photos, TimeProvider clock)
{
    public const int MaxTags = 12;
    public const int MaxRelated = 20;

    public async Task<ArticleForm?> ReadAsync(ArticleInput input, Article? existing, ClaimsPrincipal user, ModelStateDictionary errors, CancellationToken ct = default)
    {
        var id = existing?.Id ?? 0;
        var nowUtc = clock.GetUtcNow().UtcDateTime;

        var slug = string.IsNullOrWhiteSpace(input.Slug) ? Slugs.From(input.Title) : input.Slug.Trim();
        if (!SlugPattern().IsMatch(slug))
            errors.AddModelError("Input.Slug", "Slug hanya huruf kecil, angka, dan tanda hubung (mis. banjir-jakarta).");
        else if (await db.Articles.AnyAsync(a => a.Slug == slug && a.Id != id, ct))
            errors.AddModelError("Input.Slug", "Slug ini sudah dipakai artikel lain. Ubah judul atau slug.");

        var newKanal = string.IsNullOrWhiteSpace(input.NewKanal) ? null : input.NewKanal.Trim();
        if (newKanal is not null && !user.MayManageKanal())
            errors.AddModelError("Input.NewKanal", "Hanya editor yang dapat membuat kanal baru.");
        else if (newKanal is not null && UrlMap.SlugProblem(SlugOwner.Kanal, newKanal, Slugs.From(newKanal)) is { } kanalProblem)
            errors.AddModelError("Input.NewKanal", kanalProblem);
        else if (string.IsNullOrWhiteSpace(input.NewKanal) && !await db.KanalsVisibleTo(user, nowUtc).AnyAsync(k => k.Id == input.KanalId, ct))
            errors.AddModelError("Input.KanalId", "Pilih kanal.");

        var tags = SplitList(input.Tags, ',');
        if (tags.Count > MaxTags) errors.AddModelError("Input.Tags", $"Paling banyak {MaxTags} tag.");
        if (tags.Any(t => t.Length > Tag.NameMaxLength)) errors.AddModelError("Input.Tags", $"Satu tag paling panjang {Tag.NameMaxLength} karakter.");
        foreach (var problem in tags.Select(t => UrlMap.SlugProblem(SlugOwner.Tag, t, Slugs.From(t))).OfType<string>())
            errors.AddModelError("Input.Tags", problem);
        var reporters = SplitList(input.Reporters, ',');
        var editors = SplitList(input.Editors, ',');
        if (reporters.Concat(editors).Any(n => n.Length > Reporter.NameMaxLength))
            errors.AddModelError("Input.Reporters", $"Satu nama paling panjang {Reporter.NameMaxLength} karakter.");
        foreach (var problem in reporters.Concat(editors).Select(n => UrlMap.SlugProblem(SlugOwner.Reporter, n, Slugs.From(n))).OfType<string>())
            errors.AddModelError("Input.Reporters", problem);

        // CASE: a body that would break or stall the article page, the API or History is refused here, with the reason.
        if (MarkdownRenderer.Problem(input.Body ?? "") is { } bodyProblem) errors.AddModelError("Input.Body", bodyProblem);

        var photo = ReadPhoto(input, errors);
        if (input.Status == ArticleStatus.Published && photo is not null && photo.AltText.Length == 0)
            errors.AddModelError("Input.PhotoAlt", "Foto utama perlu teks alternatif sebelum artikel diterbitkan.");
        if (input.Status == ArticleStatus.Published && string.IsNullOrWhiteSpace(input.Body) && string.IsNullOrWhiteSpace(input.Deck))
            errors.AddModelError("Input.Body", "Artikel tanpa isi dan ringkasan tidak dapat diterbitkan.");

        // CASE: what the article already links to stays linkable, even if this user may not see it (an editor's choice
        // on a Kontributor's draft); anything new must be visible to them.
        int[] linked = existing is null ? [] : [.. existing.RelatedStories.Select(r => r.RelatedArticleId), .. existing.EditorsPickId is { } current ? [current] : Array.Empty<int>()];
        int? pickId = null;
        if (!string.IsNullOrWhiteSpace(input.EditorsPick))
        {
            pickId = await ResolveAsync(input.EditorsPick, id, user, "Input.EditorsPick", "Pilihan Editor", errors, ct, linked);
        }
        var relatedIds = new List<int>();
        var lines = SplitList(input.Related, '\n');
        if (lines.Count > MaxRelated) errors.AddModelError("Input.Related", $"Paling banyak {MaxRelated} berita terkait.");
        foreach (var (line, number) in lines.Select((l, i) => (l, i + 1)))
            if (await ResolveAsync(line, id, user, "Input.Related", $"Berita terkait baris {number}", errors, ct, linked) is { } relatedId && !relatedIds.Contains(relatedId))
                relatedIds.Add(relatedId);

        var sharing = ReadSharing(input, errors);
        var publishedAtUtc = ReadPublishTime(input, existing, nowUtc, errors);
        if (!errors.IsValid) return null;

        if (photo?.ImagePath is { } photoPath)
        {
            // The upload leaves the pending folder only now, with the article's save.
            if (photos.Keep(photoPath) is not { } kept)
            {
                PhotoGone(input, errors);
                return null;
            }
            // Should the save still fail (a conflict), the form carries the photo's new place.
            input.PhotoPath = kept.Path;
            errors.Remove("Input.PhotoPath");
            photo = photo with { ImagePath = kept.Path, Width = kept.Width, Height = kept.Height };
        }

        return new ArticleForm(new ArticleSnapshot(
            input.Title.Trim(), slug, newKanal is null ? input.KanalId ?? 0 : 0, input.Deck?.Trim() ?? "", input.Body?.Trim() ?? "", input.SourceLine?.Trim() ?? "",
            tags, reporters, editors, photo, pickId, relatedIds, input.Status, publishedAtUtc, ArticleLanguages.Known(input.Language), sharing), newKanal);
    }

    /// <summary>Keeps a newly posted photo (pending until the article is saved) so it survives a form redisplay; its path travels in the form from then on.</summary>
    public async Task KeepUploadAsync(ArticleInput input, IFormFile? upload, string userName, ModelStateDictionary errors, CancellationToken ct = default)
    {
        if (upload is null) return;
        var result = await photos.SaveAsync(upload, userName, ct);
        if (result.Error is not null) errors.AddModelError("PhotoUpload", result.Error);
        else
        {
            input.PhotoPath = result.Path;
            input.RemovePhoto = false;
            // The form shows posted values first; these two changed on the server.
            errors.Remove("Input.PhotoPath");
            errors.Remove("Input.RemovePhoto");
        }
    }

    private PhotoSnapshot? ReadPhoto(ArticleInput input, ModelStateDictionary errors)
    {
        if (input.RemovePhoto) return null;
        var path = string.IsNullOrEmpty(input.PhotoPath) ? null : input.PhotoPath;
        if (path is not null && !photos.IsKnownPath(path))
        {
            PhotoGone(input, errors);
            path = null;
        }

        var caption = input.PhotoCaption?.Trim() ?? "";
        var credit = input.PhotoCredit?.Trim() ?? "";
        var alt = input.PhotoAlt?.Trim() ?? "";
        if (path is null && caption.Length == 0)
        {
            if (credit.Length > 0 || alt.Length > 0) errors.AddModelError("Input.PhotoCaption", "Isi keterangan foto, atau unggah foto.");
            return null;
        }
        return new PhotoSnapshot(caption, credit, alt, path);
    }

    /// <summary>The search and social panel; null when nothing is set. The image must be a stored photo (never a pending upload).</summary>
    private SharingSnapshot? ReadSharing(ArticleInput input, ModelStateDictionary errors)
    {
        var image = input.SocialImagePath?.Trim() ?? "";
        if (image.Length > 0 && (image.StartsWith(PhotoStore.PendingPrefix, StringComparison.Ordinal) || !photos.IsKnownPath(image)))
        {
            errors.AddModelError("Input.SocialImagePath", "Foto untuk media sosial tidak ditemukan. Pilih foto lain dari pustaka.");
            image = "";
        }
        var sharing = new ArticleSharing
        {
            SearchTitle = input.SearchTitle?.Trim() ?? "", SearchDescription = input.SearchDescription?.Trim() ?? "",
            SocialTitle = input.SocialTitle?.Trim() ?? "", SocialDescription = input.SocialDescription?.Trim() ?? "", SocialImagePath = image,
        };
        return SharingSnapshot.Of(sharing);
    }

    private static void PhotoGone(ArticleInput input, ModelStateDictionary errors)
    {
        errors.AddModelError("PhotoUpload", "Foto tidak ditemukan. Unggah ulang.");
        input.PhotoPath = null;
        errors.Remove("Input.PhotoPath");
    }

    private static DateTime ReadPublishTime(ArticleInput input, Article? existing, DateTime nowUtc, ModelStateDictionary errors)
    {
        if (string.IsNullOrWhiteSpace(input.PublishAt))
        {
            // CASE: an imported page without a date is never published with "now" by default: the editor gives a date first.
            if (existing is { PublishDateUnknown: true } && input.Status == ArticleStatus.Published)
                errors.AddModelError("Input.PublishAt", PublishDates.DateNeededMessage);
            return existing is { Status: ArticleStatus.Published } ? existing.PublishedAtUtc : nowUtc;
        }

        if (JakartaTime.ParseInput(input.PublishAt) is { } utc)
        {
            // CASE: a future minute typed on a live story would take it off the site until then; never without a tick.
            if (existing?.IsLive(nowUtc) == true && utc > nowUtc && input.Status == ArticleStatus.Published && !input.ConfirmReschedule)
                errors.AddModelError("Input.PublishAt", $"Berita ini sedang tampil di situs. Waktu terbit {JakartaTime.Stamp(utc)} akan " +
                    "menariknya dari situs sampai saat itu. Centang \"Jadwalkan ulang\" lalu simpan lagi bila itu maksudnya, " +
                    $"atau kembalikan waktu terbit ke {JakartaTime.TypedTime(existing.PublishedAtUtc)} agar tetap tampil.");
            return utc;
        }
        errors.AddModelError("Input.PublishAt", "Waktu terbit tidak terbaca. Tulis " + JakartaTime.TimeHintAt(nowUtc) + ".");
        return nowUtc;
    }

    /// <summary>"123", "123 · Judul" or an exact title → the id of an article this user may see (not this one, not in the trash).</summary>
    public async Task<int?> ResolveAsync(string reference, int selfId, ClaimsPrincipal user, string key, string label, ModelStateDictionary errors,
        CancellationToken ct = default, IReadOnlyCollection<int>? alreadyLinked = null)
    {
        var leadingId = ArticleReference.IdIn(reference);
        var linked = alreadyLinked ?? [];
        var visible = db.Articles.VisibleTo(user, clock.GetUtcNow().UtcDateTime).Union(db.Articles.NotDeleted().Where(a => linked.Contains(a.Id)));
        List<int> matches;
        if (leadingId is { } id)
            matches = await visible.Where(a => a.Id == id).Select(a => a.Id).ToListAsync(ct);
        else
        {
            var title = reference.Trim().ToLower();
            matches = await visible.Where(a => a.Title.ToLower() == title).Select(a => a.Id).Take(2).ToListAsync(ct);
        }

        if (matches.Count == 1 && matches[0] == selfId) errors.AddModelError(key, $"{label}: artikel tidak boleh menunjuk dirinya sendiri.");
        else if (matches.Count == 1) return matches[0];
        else if (matches.Count == 0) errors.AddModelError(key, $"{label}: \"{Shorten(reference)}\" tidak ditemukan.");
        else errors.AddModelError(key, $"{label}: ada beberapa artikel berjudul \"{Shorten(reference)}\"; pakai ID-nya.");
        return null;
    }

    /// <summary>A typed list (tags, names): trimmed, without empties or repeats.</summary>
    public static List<string> SplitList(string? text, char separator) =>
        (text ?? "").Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static string Shorten(string text) => text.Length <= 60 ? text.Trim() : text[..57].Trim() + "...";

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
