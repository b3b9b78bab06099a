using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Import;

public enum ImportResult { Created, Updated, Unchanged, NewDraftBesideExisting, Refused }

/// <summary>What one import did: the article it wrote (or left), and sentences for the importer to read.</summary>
public sealed record ImportOutcome(ImportResult Result, Article? Article, IReadOnlyList<string> Notes)
{
    public static ImportOutcome Refused(string why) => new(ImportResult.Refused, null, [why]);
}

/// <summary>
/// Writes a parsed Tempo text through the newsroom's <see cref="ArticleWriter"/>, so every change is a revision with
/// an audit entry. The article is matched only by its source key (seed file, Tempo id, or a hash of title and date);
/// stories the text names (pick, related, "Baca juga") are found by title or made as summary-only stories.
/// What the import may do comes from <see cref="ImportRights"/>. A page without a date is never published: it stays
/// a draft marked "tanggal tidak diketahui" (<see cref="Article.PublishDateUnknown"/>) until an editor gives it one.
/// </summary>
public sealed class ArticleImporter(TempoDbContext db, ArticleWriter writer, TimeProvider clock, IOptions<SiteOptions> site)
{
    /// <summary>Most summary-only stories one import may create.</summary>
    public const int MaxNewStories = 30;

    /// <summary>Most stories one text may name (pick, related, "Baca juga"), checked before each is looked up by title.</summary>
    public const int MaxNamedStories = 100;

    public const string AuditAction = AuditVerbs.Imported;

    public const string DateUnknownNote = "Tanggal tidak diketahui: teks tidak memuat tanggal terbit, jadi disimpan sebagai draf. " +
        "Isi waktu terbit di formulir artikel sebelum menerbitkannya.";

    /// <summary>Key of a summary-only story: its title, since the source gives it nothing else.</summary>
    public static string KeyFor(string title) => "tempo:" + Slugs.From(title, int.MaxValue);

    /// <summary>The article's stable identity: the seed file, else the Tempo id in the text, else title and date.</summary>
    public static string SourceKeyFor(TempoText text, string? seedFileName = null)
    {
        if (seedFileName is not null) return "seed:" + seedFileName;
        if (text.TempoId is not null) return "tempo-id:" + text.TempoId;
        var basis = text.Title + "|" + (text.PublishedAtUtc?.ToString("O") ?? "");
        return "hash:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(basis)))[..32];
    }

    /// <param name="wanted">Published for the seed; Draft when an editor imports a text to review. A non-publisher always gets a draft.</param>
    public async Task<ImportOutcome> ImportAsync(TempoText text, string sourceKey, ImportRights rights, ArticleStatus wanted, CancellationToken ct = default)
    {
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var notes = new List<string>();

        // CASE: every named title costs queries; thousands of "Baca juga" lines are refused before the first one.
        if (text.NamedStoryTitles.Count > MaxNamedStories)
            return ImportOutcome.Refused($"Teks ini menyebut {text.NamedStoryTitles.Count} berita lain (Pilihan Editor, Berita terkait, Baca juga); " +
                $"satu impor paling banyak {MaxNamedStories}. Kurangi daftarnya, lalu impor lagi.");
        var stories = await FindStoriesAsync(text.NamedStoryTitles, rights, nowUtc, ct);
        var missing = text.NamedStoryTitles.Where(t => !stories.ContainsKey(t)).ToList();
        if (missing.Count > MaxNewStories)
            return ImportOutcome.Refused($"Teks ini akan membuat {missing.Count} berita ringkas baru (Pilihan Editor, Berita terkait, Baca juga); " +
                $"satu impor paling banyak membuat {MaxNewStories}. Kurangi daftarnya, lalu impor lagi.");

        var kanal = await KanalForAsync(text.KanalName, rights, notes, ct);
        if (kanal is null) return ImportOutcome.Refused("Belum ada kanal sama sekali; editor perlu membuat kanal dulu.");

        var existing = await FindExistingAsync(sourceKey, text.Title, ct);
        // CASE: a Kontributor learns nothing of a story that is not theirs: it is neither compared, named nor linked;
        // the import is their new draft, reported as if nothing had been there.
        var hiddenFromUser = existing is not null && !rights.IsPublisher && existing.AuthorId != rights.OwnerId;
        if (existing is not null && !hiddenFromUser && await SameContentAsync(existing, text, kanal, stories, ct))
            return new ImportOutcome(ImportResult.Unchanged, existing, [$"\"{existing.Title}\" sudah ada dengan isi yang sama; tidak ada yang diubah."]);

        // CASE: no date on the page (and none known from an earlier import of it): a draft with a stand-in time, never news.
        var pageDate = text.PublishedAtUtc ?? (existing is { HasFullText: true } ? existing.FirstPublishedAtUtc : null);
        var publishedAtUtc = pageDate ?? existing?.PublishedAtUtc ?? nowUtc;
        if (pageDate is null) notes.Add(DateUnknownNote);
        var publishes = rights.IsPublisher && wanted == ArticleStatus.Published && pageDate is not null;

        // CASE: the stories a text only names go live only with a story the import publishes itself (the seed), dated
        // as the page gives them; after an editor's draft import they stay drafts until an editor publishes them.
        var storyStatus = publishes ? ArticleStatus.Published : ArticleStatus.Draft;
        foreach (var title in missing)
        {
            var item = text.Related.FirstOrDefault(r => r.Title.Equals(title, StringComparison.OrdinalIgnoreCase));
            var date = item?.PublishedAt(nowUtc, publishedAtUtc) ?? publishedAtUtc;
            stories[title] = await CreateSummaryStoryAsync(title, item?.Summary ?? "", date, kanal, storyStatus, rights, text.Language, ct);
        }
        if (!publishes && missing.Count > 0)
            notes.Add($"{missing.Count} berita ringkas baru dibuat sebagai draf; editor menerbitkannya sendiri bila perlu.");

        var reasons = existing is null ? [] : await ProtectionReasonsAsync(existing, rights, ct);
        var besideExisting = reasons.Count > 0;
        var target = existing is not null && !besideExisting
            ? existing
            : new Article { Title = text.Title, Slug = "", AuthorId = rights.OwnerId, ImportKey = existing is null ? sourceKey : null };
        var status = rights.IsPublisher && !besideExisting && pageDate is not null ? wanted : ArticleStatus.Draft;
        var snapshot = await SnapshotAsync(text, target, kanal, stories, status, publishedAtUtc, ct);
        // The page's address: where a summary-only story sends readers, and where an editor finds the original.
        if (text.SourceUrl is not null) target.SourceUrl = text.SourceUrl;
        // The page's own date is the story's first publish date: publishing the draft later keeps it (PublishDates).
        target.FirstPublishedAtUtc = pageDate ?? target.FirstPublishedAtUtc;
        target.PublishDateUnknown = pageDate is null;

        if (!await writer.SaveAsync(new ArticleSave(target, target.Version, snapshot, rights.RevisionAuthor) { AuditAction = AuditAction }, ct))
            return ImportOutcome.Refused($"\"{text.Title}\" sedang disimpan orang lain; coba impor lagi sebentar lagi.");

        // The page's "Pilihan Editor" stays this story's pick (shown on its page); the home page's picks are the editors' own.
        if (besideExisting && !hiddenFromUser)
            notes.Insert(0, $"\"{existing!.Title}\" sudah ada ({string.Join(", ", reasons)}), jadi tidak diubah: hasil impor disimpan sebagai draf baru untuk dibandingkan.");
        var result = existing is null || hiddenFromUser ? ImportResult.Created : besideExisting ? ImportResult.NewDraftBesideExisting : ImportResult.Updated;
        return new ImportOutcome(result, target, notes);
    }

    /// <summary>By source key; else a summary-only story of this title an import made, waiting for its full text.</summary>
    private async Task<Article?> FindExistingAsync(string sourceKey, string title, CancellationToken ct)
    {
        var byKey = await db.Articles.SingleOrDefaultAsync(a => a.ImportKey == sourceKey, ct);
        var id = byKey?.Id ?? await db.Articles.SummaryOnly()
            .Where(a => a.ImportKey == KeyFor(title))
            .Select(a => (int?)a.Id).SingleOrDefaultAsync(ct);
        return id is null ? null : await writer.LoadAsync(id.Value, includeTrash: true, ct);
    }

    /// <summary>Why an import must not change this article; empty when it may.</summary>
    private async Task<List<string>> ProtectionReasonsAsync(Article existing, ImportRights rights, CancellationToken ct)
    {
        var reasons = new List<string>();
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        if (!rights.IsPublisher && existing.AuthorId != rights.OwnerId) reasons.Add("Kontributor hanya boleh mengubah drafnya sendiri");
        // CASE: nobody owns what the seed or an earlier import made; a publisher's import may update it.
        if (rights.IsPublisher && existing.AuthorId is not null && existing.AuthorId != rights.OwnerId) reasons.Add("milik orang lain");
        // CASE: a summary-only story an import made is a placeholder for this very text, so a publisher's import fills it in even when live.
        var placeholder = rights.IsPublisher && !existing.HasFullText;
        if (existing.DeletedAtUtc is not null) reasons.Add("ada di tempat sampah");
        else if (existing.IsLive(nowUtc) && !placeholder) reasons.Add("sudah terbit");
        if (await EditedSinceImportAsync(existing.Id, ct)) reasons.Add("disunting sejak diimpor");
        return reasons;
    }

    private async Task<bool> EditedSinceImportAsync(int articleId, CancellationToken ct)
    {
        var lastSavedBy = await db.ArticleRevisions.Where(r => r.ArticleId == articleId)
            .OrderByDescending(r => r.Number).Select(r => r.SavedBy).FirstOrDefaultAsync(ct);
        return lastSavedBy is not null && !lastSavedBy.EndsWith(ImportRights.ImportedRevisionSuffix, StringComparison.Ordinal);
    }

    private async Task<bool> SameContentAsync(Article existing, TempoText text, Kanal kanal, Dictionary<string, Article> stories, CancellationToken ct)
    {
        if (text.NamedStoryTitles.Any(t => !stories.ContainsKey(t))) return false;
        var current = ArticleSnapshot.Of(existing);
        var proposed = await SnapshotAsync(text, existing, kanal, stories, existing.Status, text.PublishedAtUtc ?? existing.PublishedAtUtc, ct);
        return current.ToJson() == proposed.ToJson();
    }

    private async Task<ArticleSnapshot> SnapshotAsync(TempoText text, Article target, Kanal kanal, Dictionary<string, Article> stories,
        ArticleStatus status, DateTime publishedAtUtc, CancellationToken ct)
    {
        var slug = target.Id != 0 && target.Slug.Length > 0 ? target.Slug : await db.FreeSlugAsync(SlugFor(text.Title), target.Id, ct);
        // CASE: a "Baca juga" story that is not live (a placeholder draft) is named without a link: no page links to a 404.
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var body = PlainTextMarkdown.FromBlocks(text.Body, title =>
            stories.TryGetValue(title, out var story) && story.IsLive(nowUtc) ? ArticleLinks.Path(story.Kanal.Slug, story.Slug, story.Id) : null,
            ArticleLanguages.IsEnglish(text.Language) ? "Read also:" : "Baca juga:");
        // The text carries the caption; an uploaded file (and its size, which brings the renditions) stays as it was.
        var photo = text.Photo is null ? null : new PhotoSnapshot(
            text.Photo.Caption, text.Photo.Credit, TempoTextParser.Truncate(text.Photo.Caption, LeadPhoto.AltTextMaxLength),
            target.LeadPhoto?.ImagePath, target.LeadPhoto?.Width, target.LeadPhoto?.Height);
        return new ArticleSnapshot(
            text.Title, slug, kanal.Id, text.Deck.Length > 0 ? text.Deck : DeckFrom(text.Body), body, text.SourceLine,
            target.Tags.OrderBy(t => t.Position).Select(t => t.Tag.Name).ToList(),
            text.Reporters.Distinct().ToList(), text.Editors.Distinct().ToList(), photo,
            text.EditorsPickTitle is { } pick ? stories[pick].Id : null,
            text.Related.Select(r => stories[r.Title].Id).Distinct().ToList(),
            status, publishedAtUtc, text.Language);
    }

    /// <summary>First paragraph without the dateline, cut at a word: the summary under the title and in lists.</summary>
    private static string DeckFrom(IReadOnlyList<BodyBlock> body)
    {
        var first = body.OfType<Paragraph>().FirstOrDefault()?.Text ?? "";
        return TempoTextParser.Truncate(TempoTextParser.WithoutDateline(first), 250);
    }

    private static string SlugFor(string title) => Slugs.From(title) is { Length: > 0 } slug ? slug : "berita";

    /// <summary>
    /// Stories already known under these titles (made by an earlier import, or written by hand), with their kanal.
    /// CASE: only those the importing user may see; a Kontributor's import never links another's draft or an embargoed story.
    /// </summary>
    private async Task<Dictionary<string, Article>> FindStoriesAsync(IReadOnlyList<string> titles, ImportRights rights, DateTime nowUtc, CancellationToken ct)
    {
        var found = new Dictionary<string, Article>(StringComparer.OrdinalIgnoreCase);
        if (titles.Count == 0) return found;
        // One query for every title (by key or exact title, both indexed); an archive page names up to 30 stories.
        var keys = titles.Select(KeyFor).ToList();
        var exact = titles.ToList();
        var candidates = await db.Articles.Include(a => a.Kanal).VisibleTo(rights, nowUtc)
            .Where(a => keys.Contains(a.ImportKey!) || exact.Contains(a.Title))
            .OrderBy(a => a.Id).ToListAsync(ct);
        foreach (var title in titles)
        {
            var key = KeyFor(title);
            var story = candidates.Find(a => a.ImportKey == key) ?? candidates.Find(a => a.Title == title);
            if (story is not null) found[title] = story;
        }
        return found;
    }

    private async Task<Article> CreateSummaryStoryAsync(string title, string summary, DateTime publishedAtUtc, Kanal kanal,
        ArticleStatus status, ImportRights rights, string language, CancellationToken ct)
    {
        // CASE: a story of this title in the trash keeps its key; the new one goes without (keys are unique).
        var key = await db.Articles.AnyAsync(a => a.ImportKey == KeyFor(title), ct) ? null : KeyFor(title);
        var story = new Article { Title = title, Slug = "", AuthorId = rights.OwnerId, ImportKey = key, Kanal = kanal };
        var snapshot = new ArticleSnapshot(title, await db.FreeSlugAsync(SlugFor(title), 0, ct), kanal.Id, summary, "", "",
            [], [], [], null, null, [], status, publishedAtUtc, language);
        if (!await writer.SaveAsync(new ArticleSave(story, 0, snapshot, rights.RevisionAuthor) { AuditAction = AuditAction }, ct))
            throw new InvalidOperationException($"Summary story \"{title}\" could not be saved");
        return story;
    }

    /// <summary>The text's kanal; only a publisher's import creates one that does not exist yet.</summary>
    private async Task<Kanal?> KanalForAsync(string? name, ImportRights rights, List<string> notes, CancellationToken ct)
    {
        // CASE: a kanal whose address the site uses itself (/search, /editor, …) would be shadowed; the story goes to the default kanal.
        var wanted = name is not null && UrlMap.SlugProblem(SlugOwner.Kanal, name, Slugs.From(name)) is null ? name : site.Value.DefaultKanal;
        var slug = Slugs.From(wanted);
        var kanal = db.Kanals.Local.FirstOrDefault(k => k.Slug == slug) ?? await db.Kanals.SingleOrDefaultAsync(k => k.Slug == slug, ct);
        if (kanal is not null) return kanal;
        // REVIEW: the new kanal is committed before the stories that use it; only a failed save after it leaves it unused.
        if (rights.IsPublisher && slug.Length > 0)
        {
            kanal = new Kanal { Slug = slug, Name = TempoTextParser.Truncate(wanted, Kanal.NameMaxLength) };
            db.Kanals.Add(kanal);
            await db.SaveChangesAsync(ct);
            return kanal;
        }

        var fallbackSlug = Slugs.From(site.Value.DefaultKanal);
        kanal = await db.Kanals.SingleOrDefaultAsync(k => k.Slug == fallbackSlug, ct) ?? await db.Kanals.OrderBy(k => k.Name).FirstOrDefaultAsync(ct);
        if (kanal is not null)
            notes.Add($"Kanal \"{wanted}\" belum ada dan hanya editor yang boleh membuatnya; dipakai kanal {kanal.Name}.");
        return kanal;
    }
}
