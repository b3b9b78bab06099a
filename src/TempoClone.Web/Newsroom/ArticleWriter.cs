using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Newsroom;

/// <summary>
/// The one write path for editors: applies a snapshot, raises the version, keeps a revision for every save, and tells
/// the newsroom's subscribers what changed (<see cref="NewsroomEvents"/>: the audit log, the reader cache, the scheduler).
/// Callers check roles and ownership first.
/// CASE: saving one story never changes another; a linked draft stays a draft until someone publishes it on its own form.
/// </summary>
public sealed class ArticleWriter(TempoDbContext db, TimeProvider clock, NewsroomEvents events, PhotoStore photos, ILogger<ArticleWriter> log)
{
    public Task<Article?> LoadAsync(int id, bool includeTrash = false, CancellationToken ct = default) =>
        (includeTrash ? db.Articles : db.Articles.NotDeleted())
            .Include(a => a.Bylines).ThenInclude(b => b.Reporter)
            .Include(a => a.Tags).ThenInclude(t => t.Tag)
            .Include(a => a.RelatedStories).ThenInclude(r => r.RelatedArticle)
            .Include(a => a.EditorsPick)
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == id, ct);

    /// <summary>Saves; false when someone else saved since the expected version (nothing is written then).</summary>
    public async Task<bool> SaveAsync(ArticleSave save, CancellationToken ct = default)
    {
        var (article, expectedVersion, snapshot, userName) = save;
        if (article.Id != 0 && article.Version != expectedVersion) return false;
        // CASE: saving what is already saved writes nothing: no revision, no version, no audit entry.
        if (article.Id != 0 && save.NewKanal is null && save.AuditAction is null && Unchanged(article, snapshot))
        {
            log.LogInformation("Article {ArticleId} saved unchanged by {User}; no revision", article.Id, userName);
            return true;
        }

        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var isNew = article.Id == 0;
        var wasVisible = article.Id != 0 && article.IsLive(nowUtc);
        var wasScheduledFor = article.Id != 0 && article.IsScheduled(nowUtc) ? article.PublishedAtUtc : (DateTime?)null;

        // CASE: a bulk import saves many files in one transaction of its own (one commit per batch); the save joins it,
        // and the import evicts the reader pages after its commit (evicted before it, a page could be cached again from
        // the old rows).
        var ownTransaction = db.Database.CurrentTransaction is null;
        await using var transaction = ownTransaction ? await db.Database.BeginTransactionAsync(ct) : null;
        // CASE: a draft saved as a draft shows nowhere before or after, so there is nothing to read for eviction.
        var shownBefore = ownTransaction && (wasVisible || snapshot.Status == ArticleStatus.Published)
            ? await ReaderFootprint.ReadAsync(db, isNew ? [] : [article.Id], nowUtc, ct)
            : null;
        if (save.NewKanal is not null) snapshot = snapshot with { KanalId = await KanalIdAsync(save.NewKanal, ct) };
        var dateBefore = article.PublishedAtUtc;
        await ApplyAsync(article, snapshot, ct);
        KeepFirstPublishDate(article, wasVisible ? dateBefore : null, nowUtc);
        article.UpdatedAtUtc = nowUtc;
        if (isNew) db.Articles.Add(article);
        else db.Entry(article).Property(a => a.Version).OriginalValue = expectedVersion;
        article.Version = expectedVersion + 1;

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            log.LogWarning("Save conflict on article {ArticleId} by {User}", article.Id, userName);
            return false;
        }

        // A new article has no revision yet (an import makes thousands: one query less each).
        var number = isNew ? 0 : await RevisionNumbers.LatestAsync(db, article.Id, ct) ?? 0;
        db.ArticleRevisions.Add(new ArticleRevision
        {
            ArticleId = article.Id, Number = number + 1, SavedAtUtc = nowUtc, SavedBy = userName, SnapshotJson = snapshot.ToJson(), Note = save.RevisionNote,
        });

        ArticleEvent change = (wasVisible, article.IsLive(nowUtc), article.Status) switch
        {
            (false, true, _) => new ArticlePublished(article, userName, nowUtc),
            (true, false, _) => new ArticleWithdrawn(article, userName, nowUtc),
            (false, false, ArticleStatus.Published) when wasScheduledFor != article.PublishedAtUtc => new ArticleScheduled(article, userName, nowUtc),
            _ => new ArticleSaved(article, userName, nowUtc),
        };
        await events.CommitAsync(change with { WasLive = wasVisible, ShownBefore = shownBefore, CallerAction = save.AuditAction }, transaction, ct);
        log.LogInformation("Article {ArticleId} saved as revision {Revision} by {User}", article.Id, number + 1, userName);
        return true;
    }

    /// <summary>
    /// The first publish date stays once a story has been live (<paramref name="wasLiveAt"/>: it was, until this save, at
    /// that date) or goes live now; a story given its date is no longer "tanggal tidak diketahui".
    /// </summary>
    private static void KeepFirstPublishDate(Article article, DateTime? wasLiveAt, DateTime nowUtc)
    {
        if (wasLiveAt is { } earlier) article.FirstPublishedAtUtc ??= earlier;
        if (article.IsLive(nowUtc)) article.FirstPublishedAtUtc ??= article.PublishedAtUtc;
        if (article.Status == ArticleStatus.Published) article.PublishDateUnknown = false;
    }

    /// <summary>Compares as a revision would store them; needs the article loaded as <see cref="LoadAsync"/> does.</summary>
    private static bool Unchanged(Article article, ArticleSnapshot snapshot) =>
        ArticleSnapshot.Of(article).ToJson() == snapshot.ToJson();

    /// <summary>A dated correction (Ralat) on a live article; the article's modified time moves in the same save, so feeds show it updated.</summary>
    public async Task AddCorrectionAsync(Article article, string text, string userName, CancellationToken ct = default)
    {
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var correction = new Correction { ArticleId = article.Id, Text = text, AddedAtUtc = nowUtc, AddedBy = userName };
        db.Corrections.Add(correction);
        article.UpdatedAtUtc = nowUtc;
        await events.CommitAsync(new ArticleCorrected(article, correction, userName, nowUtc) { WasLive = article.IsLive(nowUtc) }, ct: ct);
        log.LogInformation("Correction added to article {ArticleId} by {User}", article.Id, userName);
    }

    /// <summary>
    /// A Ralat reworded, or taken down when <paramref name="newText"/> is null (a correction posted on the wrong story,
    /// or itself wrong); audited, and the article's modified time moves as when it was added.
    /// </summary>
    public async Task ChangeCorrectionAsync(Article article, Correction correction, string? newText, string userName, CancellationToken ct = default)
    {
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        if (newText is null) db.Corrections.Remove(correction);
        else correction.Text = newText;
        article.UpdatedAtUtc = nowUtc;
        await events.CommitAsync(new ArticleCorrectionChanged(article, correction, newText is null, userName, nowUtc) { WasLive = article.IsLive(nowUtc) }, ct: ct);
        log.LogInformation("Correction {CorrectionId} on article {ArticleId} {Change} by {User}", correction.Id, article.Id, newText is null ? "removed" : "edited", userName);
    }

    public Task MoveToTrashAsync(Article article, string userName, CancellationToken ct = default) =>
        SetTrashedAsync(article, userName, nowUtc => new ArticleTrashed(article, userName, nowUtc), ct);

    public Task RestoreFromTrashAsync(Article article, string userName, CancellationToken ct = default) =>
        SetTrashedAsync(article, userName, nowUtc => new ArticleRestored(article, userName, nowUtc), ct);

    private async Task SetTrashedAsync(Article article, string userName, Func<DateTime, ArticleEvent> changeAt, CancellationToken ct)
    {
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var change = changeAt(nowUtc) with { WasLive = article.IsLive(nowUtc), ShownBefore = await ReaderFootprint.ReadAsync(db, [article.Id], nowUtc, ct) };
        article.DeletedAtUtc = change is ArticleTrashed ? nowUtc : null;
        article.Version++;
        await events.CommitAsync(change, ct: ct);
        log.LogInformation("Article {ArticleId} {Change} by {User}", article.Id, change is ArticleTrashed ? "moved to the trash" : "restored from the trash", userName);
    }

    private async Task<int> KanalIdAsync(string name, CancellationToken ct)
    {
        var kanal = await db.KanalNamedAsync(name, ct);
        if (kanal.Id == 0) await db.SaveChangesAsync(ct);
        return kanal.Id;
    }

    private async Task ApplyAsync(Article article, ArticleSnapshot snapshot, CancellationToken ct)
    {
        article.Title = snapshot.Title;
        article.Slug = snapshot.Slug;
        article.KanalId = snapshot.KanalId;
        article.Deck = snapshot.Deck;
        article.BodyMarkdown = snapshot.Body;
        // Rendered once here, so reader pages, feeds and the API only read the stored, sanitised HTML.
        var bodyHtml = MarkdownRenderer.ToSafeHtml(snapshot.Body, photos.FindStored).Value!;
        article.BodyHtml = bodyHtml;
        // The photos the text shows, so /media serves them once the story is live (and not before).
        if (article.Id != 0) await db.Entry(article).Collection(a => a.PhotoUses).LoadAsync(ct);
        article.SetPhotoUses(InlinePhotos.PathsIn(bodyHtml));
        article.IsPhotoStory = InlinePhotos.HasGallery(bodyHtml);
        article.SourceLine = snapshot.SourceLine;
        article.Status = snapshot.Status;
        article.PublishedAtUtc = snapshot.PublishedAtUtc;
        // A revision saved before stories had a language has none: it was Indonesian.
        article.Language = ArticleLanguages.Known(snapshot.Language);
        article.EditorsPickId = snapshot.EditorsPickId;
        article.Sharing = snapshot.Sharing?.ToSharing() ?? new ArticleSharing();
        article.LeadPhoto = snapshot.Photo is { } photo
            ? new LeadPhoto { Caption = photo.Caption, Credit = photo.Credit, AltText = photo.AltText, ImagePath = photo.ImagePath, Width = photo.Width, Height = photo.Height }
            : null;

        // CASE: on PostgreSQL a new name's row stays locked until this save commits, so two saves naming the same new
        // names in a different order could deadlock; both take them in one order first (tags, then people, by slug).
        foreach (var name in snapshot.Tags.OrderBy(name => Slugs.From(name), StringComparer.Ordinal)) await db.TagNamedAsync(name, ct);
        foreach (var name in snapshot.Reporters.Concat(snapshot.Editors).OrderBy(name => Slugs.From(name), StringComparer.Ordinal)) await db.ReporterNamedAsync(name, ct);

        var tags = new List<Tag>();
        foreach (var name in snapshot.Tags) tags.Add(await db.TagNamedAsync(name, ct));
        article.SetTags(tags);

        var bylines = new List<(Reporter, BylineRole)>();
        foreach (var name in snapshot.Reporters) bylines.Add((await db.ReporterNamedAsync(name, ct), BylineRole.Reporter));
        foreach (var name in snapshot.Editors) bylines.Add((await db.ReporterNamedAsync(name, ct), BylineRole.Editor));
        article.SetBylines(bylines);

        var related = snapshot.RelatedIds.Count == 0 ? [] : await db.Articles.Where(a => snapshot.RelatedIds.Contains(a.Id)).ToListAsync(ct);
        article.SetRelated(snapshot.RelatedIds.Select(id => related.Find(a => a.Id == id)).OfType<Article>().ToList());
    }
}
