using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Newsroom;

/// <summary>
/// The one write path for editors: applies a snapshot, raises the version, keeps a revision and an audit
/// entry for every change of what readers see (corrections included), and evicts the cached reader pages that show
/// the article (<see cref="ReaderFootprint"/>). Callers check roles and ownership first.
/// CASE: saving one story never changes another; a linked draft stays a draft until someone publishes it on its own form.
/// </summary>
public sealed class ArticleWriter(TempoDbContext db, TimeProvider clock, ReaderEvictions readerCache, ScheduledArticles scheduled,
    ILogger<ArticleWriter> log)
{
    public Task<Article?> LoadAsync(int id, bool includeTrash = false, CancellationToken ct = default) =>
        (includeTrash ? db.Articles : db.Articles.NotDeleted())
            .Include(a => a.Bylines).ThenInclude(b => b.Reporter)
            .Include(a => a.Tags).ThenInclude(t => t.Tag)
            .Include(a => a.RelatedStories).ThenInclude(r => r.RelatedArticle)
            .Include(a => a.EditorsPick)
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == id, ct);

    /// <summary>
    /// Saves; false when someone else saved since <paramref name="expectedVersion"/> (nothing is written then).
    /// A <paramref name="newKanal"/> named on the form is made in the same transaction, so a refused save leaves none behind.
    /// </summary>
    /// <param name="auditAction">Audited besides publishing changes, e.g. "mengimpor": every save an import makes is on the audit log.</param>
    /// <param name="revisionNote">Kept on the revision when it is not an ordinary save, e.g. "Pemulihan revisi 3".</param>
    public async Task<bool> SaveAsync(Article article, int expectedVersion, ArticleSnapshot snapshot, string userName, string? newKanal = null,
        CancellationToken ct = default, string? auditAction = null, string? revisionNote = null)
    {
        if (article.Id != 0 && article.Version != expectedVersion) return false;
        // CASE: saving what is already saved writes nothing: no revision, no version, no audit entry.
        if (article.Id != 0 && newKanal is null && auditAction is null && Unchanged(article, snapshot))
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
        var evicts = ownTransaction && (wasVisible || snapshot.Status == ArticleStatus.Published);
        var before = evicts ? await ReaderFootprint.ReadAsync(db, article.Id == 0 ? [] : [article.Id], nowUtc, ct) : ReaderFootprint.None;
        if (newKanal is not null) snapshot = snapshot with { KanalId = await KanalIdAsync(newKanal, ct) };
        var dateBefore = article.PublishedAtUtc;
        await ApplyAsync(article, snapshot, ct);
        KeepFirstPublishDate(article, wasVisible ? dateBefore : null, nowUtc);
        article.UpdatedAtUtc = nowUtc;
        if (article.Id == 0) db.Articles.Add(article);
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
        var number = isNew ? 0 : await db.ArticleRevisions.Where(r => r.ArticleId == article.Id).MaxAsync(r => (int?)r.Number, ct) ?? 0;
        db.ArticleRevisions.Add(new ArticleRevision
        {
            ArticleId = article.Id, Number = number + 1, SavedAtUtc = nowUtc, SavedBy = userName, SnapshotJson = snapshot.ToJson(), Note = revisionNote,
        });

        var isVisible = article.IsLive(nowUtc);
        var action = (wasVisible, isVisible, article.Status) switch
        {
            (false, true, _) => "menerbitkan",
            (true, false, _) => "menarik",
            (false, false, ArticleStatus.Published) when wasScheduledFor != article.PublishedAtUtc => "menjadwalkan",
            _ => null,
        };
        if (action is not null) Audit(action, article, userName, nowUtc);
        if (auditAction is not null) Audit(auditAction, article, userName, nowUtc);

        await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        // CASE: a draft or scheduled story is on no reader page; a scheduled one is evicted at its minute.
        if (evicts && (wasVisible || isVisible))
            await ReaderFootprint.EvictAsync(readerCache, before, await ReaderFootprint.ReadAsync(db, [article.Id], nowUtc, ct), ct);
        if (article.IsScheduled(nowUtc)) scheduled.Changed();
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
        db.Corrections.Add(new Correction { ArticleId = article.Id, Text = text, AddedAtUtc = nowUtc, AddedBy = userName });
        article.UpdatedAtUtc = nowUtc;
        Audit("meralat", article, userName, nowUtc);
        await db.SaveChangesAsync(ct);
        // The article, the corrections page and the feeds (its modified time moved).
        await readerCache.EvictAsync([.. ReaderTags.OfArticle(article.Id), ReaderTags.AnyArticle], ct);
        log.LogInformation("Correction added to article {ArticleId} by {User}", article.Id, userName);
    }

    public Task MoveToTrashAsync(Article article, string userName, CancellationToken ct = default) => SetTrashedAsync(article, true, userName, ct);

    public Task RestoreFromTrashAsync(Article article, string userName, CancellationToken ct = default) => SetTrashedAsync(article, false, userName, ct);

    private async Task SetTrashedAsync(Article article, bool trashed, string userName, CancellationToken ct)
    {
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var before = await ReaderFootprint.ReadAsync(db, [article.Id], nowUtc, ct);
        article.DeletedAtUtc = trashed ? nowUtc : null;
        article.Version++;
        Audit(trashed ? "menghapus" : "memulihkan", article, userName, nowUtc);
        await db.SaveChangesAsync(ct);
        await ReaderFootprint.EvictAsync(readerCache, before, await ReaderFootprint.ReadAsync(db, [article.Id], nowUtc, ct), ct);
        if (article.IsScheduled(nowUtc)) scheduled.Changed();
    }

    private void Audit(string action, Article article, string userName, DateTime nowUtc) =>
        db.AuditEntries.Add(new AuditEntry { AtUtc = nowUtc, UserName = userName, Action = action, ArticleId = article.Id == 0 ? null : article.Id, Subject = article.Title });

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
        article.BodyHtml = MarkdownRenderer.ToSafeHtml(snapshot.Body).Value;
        article.SourceLine = snapshot.SourceLine;
        article.Status = snapshot.Status;
        article.PublishedAtUtc = snapshot.PublishedAtUtc;
        // A revision saved before stories had a language has none: it was Indonesian.
        article.Language = ArticleLanguages.Known(snapshot.Language);
        article.EditorsPickId = snapshot.EditorsPickId;
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
