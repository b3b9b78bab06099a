using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Microsoft.Extensions.Options;
using TempoClone.Web.Hosting;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Pages.Shared;
using TempoClone.Web.Pages.Popularity;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Pages.Articles;

[OutputCache(PolicyName = ReaderCache.Policy)]
public class ShowModel(TempoDbContext db, MostRead mostRead, EditorsPicks editorsPicks, TimeProvider clock, IOptions<SiteOptions> site,
    PreviewLinks previews, IPhotoFrameSource frames) : PageModel
{
    /// <summary>Set when the page is shown through a preview link: the story may not be live, and the page is neither cached nor indexed.</summary>
    public PreviewLinks.Ticket? Preview { get; private set; }

    /// <summary>On a preview, where the story stands: "belum terbit (draf)", "dijadwalkan terbit …".</summary>
    public string PreviewState { get; private set; } = "";

    public ArticleView Article { get; private set; } = null!;
    public HtmlString BodyHtml { get; private set; } = HtmlString.Empty;

    /// <summary>The body holds an embed: the page loads the one small script that swaps a facade for its frame.</summary>
    public bool HasEmbeds { get; private set; }
    public StoryCard? EditorsPick { get; private set; }
    public IReadOnlyList<StoryCard> Related { get; private set; } = [];
    public IReadOnlyList<StoryCard> MostReadDay { get; private set; } = [];
    public IReadOnlyList<StoryCard> Picks { get; private set; } = [];
    public IReadOnlyList<CorrectionView> Corrections => Article.Corrections;

    /// <summary>The original address of a summary-only story, when an import knew it and it is a web address.</summary>
    public string? OriginalUrl => !Article.HasFullText && Uri.TryCreate(Article.SourceUrl, UriKind.Absolute, out var url)
        && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) ? url.AbsoluteUri : null;

    /// <summary>The site a summary-only story's original lives on, as the link names it: "tempo.co".</summary>
    public string? OriginalSite => OriginalUrl is { } original ? new Uri(original).Host.Replace("www.", "", StringComparison.OrdinalIgnoreCase) : null;

    /// <summary>"Berita terkait" shows the summary of this many stories from the top, then titles only.</summary>
    public const int RelatedWithSummary = 3;
    private const int RailPickCount = 5;
    public DateTime NowUtc { get; private set; }
    public ArticleMetadata Metadata { get; private set; } = null!;

    /// <summary>The top of the article, as the editor's live preview draws it too.</summary>
    public ArticleHeaderView Header => new(Article.KanalName, Article.KanalSlug, Article.Title, Article.ShowsDeck ? Article.Deck : null,
        Article.Reporters.Select(r => new ArticleHeaderView.Person(r.Name, r.Slug)).ToList(), Article.Editors.Select(e => e.Name).ToList(),
        site.Value.Name, Article.PublishedAtUtc, Article.UpdatedAtUtc, Article.Language);

    public sealed record ArticleView(
        int Id, string Title, string Slug, int KanalId, string KanalSlug, string KanalName, string Deck, string BodyHtml,
        bool HasFullText, string SourceLine, DateTime PublishedAtUtc, DateTime UpdatedAtUtc, LeadPhoto? Photo, int? EditorsPickId,
        List<BylineView> Bylines, List<TagView> Tags, string? SourceUrl, List<CorrectionView> Corrections, string Language,
        ArticleSharing Sharing)
    {
        public string Url => ArticleLinks.Path(KanalSlug, Slug, Id);
        public bool IsEnglish => ArticleLanguages.IsEnglish(Language);

        /// <summary>The deck under the headline, unless it only repeats the first paragraph (a summary an import took from it).</summary>
        public bool ShowsDeck => HasFullText && Deck.Length > 0 && !ArticleDeck.RepeatsLead(Deck, BodyHtml);
        public IEnumerable<BylineView> Reporters => Bylines.Where(b => b.Role == BylineRole.Reporter);
        public IEnumerable<BylineView> Editors => Bylines.Where(b => b.Role == BylineRole.Editor);
    }

    // Built once: a projection written inline is a new expression tree (and a rewrite) on every request.
    private static readonly System.Linq.Expressions.Expression<Func<Article, ArticleView>> AsArticleView = ArticleRules.WithRulesInlined(a => new ArticleView(
        a.Id, a.Title, a.Slug, a.KanalId, a.Kanal.Slug, a.Kanal.Name, a.Deck, a.BodyHtml ?? "", a.HasFullText, a.SourceLine,
        a.PublishedAtUtc, a.UpdatedAtUtc, a.LeadPhoto, a.EditorsPickId,
        a.Bylines.OrderBy(b => b.Position).Select(b => new BylineView(b.Reporter.Name, b.Reporter.Slug, b.Role)).ToList(),
        a.Tags.OrderBy(t => t.Position).Select(t => new TagView(t.TagId, t.Tag.Name, t.Tag.Slug)).ToList(),
        a.SourceUrl,
        a.Corrections.OrderBy(c => c.AddedAtUtc).ThenBy(c => c.Id).Select(c => new CorrectionView(c.Text, c.AddedAtUtc)).ToList(),
        a.Language,
        a.Sharing));

    // Compiled once (CompiledQueries): EF neither walks nor hashes these queries on every request.
    private static readonly Func<TempoDbContext, int, DateTime, Task<ArticleView?>> LiveArticle = EF.CompileAsyncQuery(CompiledQueries.Inline(
        (TempoDbContext db, int id, DateTime nowUtc) => db.Articles.AsNoTracking().Published(nowUtc).Where(a => a.Id == id).Select(AsArticleView).SingleOrDefault()));

    // CASE: a preview shows the story whatever its status (not from the trash).
    private static readonly Func<TempoDbContext, int, Task<ArticleView?>> PreviewedArticle = EF.CompileAsyncQuery(CompiledQueries.Inline(
        (TempoDbContext db, int id) => db.Articles.AsNoTracking().NotDeleted().Where(a => a.Id == id).Select(AsArticleView).SingleOrDefault()));

    private static readonly Func<TempoDbContext, int, DateTime, IAsyncEnumerable<StoryCard>> ChosenRelated = EF.CompileAsyncQuery(CompiledQueries.Inline(
        (TempoDbContext db, int id, DateTime nowUtc) => db.Set<RelatedStory>().AsNoTracking()
            .Where(r => r.ArticleId == id)
            .Join(db.Articles.AsNoTracking().Published(nowUtc), r => r.RelatedArticleId, a => a.Id, (r, a) => new { r.Position, Article = a })
            .OrderBy(x => x.Position)
            .Select(x => x.Article).Select(StoryCard.FromArticle)));

    private static readonly Func<TempoDbContext, DateTime, List<int>, List<int>, int, IAsyncEnumerable<StoryCard>> NewestSharingATag = EF.CompileAsyncQuery(CompiledQueries.Inline(
        (TempoDbContext db, DateTime nowUtc, List<int> listed, List<int> tagIds, int count) => db.Articles.AsNoTracking().Published(nowUtc)
            .Where(a => !listed.Contains(a.Id) && a.Tags.Any(t => tagIds.Contains(t.TagId)))
            .NewestFirst().Take(count).Select(StoryCard.FromArticle)));

    private static readonly Func<TempoDbContext, DateTime, List<int>, int, int, IAsyncEnumerable<StoryCard>> NewestInKanal = EF.CompileAsyncQuery(CompiledQueries.Inline(
        (TempoDbContext db, DateTime nowUtc, List<int> listed, int kanalId, int count) => db.Articles.AsNoTracking().Published(nowUtc)
            .Where(a => !listed.Contains(a.Id) && a.KanalId == kanalId)
            .NewestFirst().Take(count).Select(StoryCard.FromArticle)));

    public sealed record BylineView(string Name, string Slug, BylineRole Role);

    public sealed record TagView(int Id, string Name, string Slug);

    public sealed record CorrectionView(string Text, DateTime AddedAtUtc);

    public async Task<IActionResult> OnGetAsync(string? slugAndId, string? token)
    {
        int id;
        if (token is not null)
        {
            if (previews.Read(token) is not { } ticket) return NotFound();
            KeepPrivate();
            // CASE: published, withdrawn or trashed since the link was made: the link is revoked, as if expired.
            if (ticket.Expired || ticket.Stamp != await db.PreviewStampAsync(ticket.ArticleId)) return StatusCode(StatusCodes.Status410Gone);
            (Preview, id) = (ticket, ticket.ArticleId);
        }
        else if (!ArticleLinks.TryParseSlugAndId(slugAndId ?? "", out _, out id)) return NotFound();

        NowUtc = clock.GetUtcNow().UtcDateTime;
        // One statement per list (the context's split queries), not one joined statement: SQLite cannot flatten a
        // LEFT JOIN onto a subquery that is itself a join, so one statement built every byline and tag of the archive
        // first (12 s at 200,000 stories, minutes at 2,000,000; issue 20). What a preview links to is what readers would see.
        var article = Preview is null ? await LiveArticle(db, id, NowUtc) : await PreviewedArticle(db, id);
        if (article is null) return NotFound();

        // CASE: the id is the key; a changed slug or kanal, or a typed-in variant, goes to the one canonical URL.
        if (Preview is null && Request.Path.Value != article.Url) return RedirectPermanent(article.Url + Request.QueryString);

        Article = article;
        if (Preview is not null) PreviewState = await PreviewStateAsync(id);
        // Rendered and sanitised when the article was saved (ArticleWriter); reading never runs Markdown, only turns
        // embed links into facades.
        BodyHtml = EmbedFacades.Apply(InlinePhotos.Apply(article.BodyHtml), out var hasEmbeds);
        HasEmbeds = hasEmbeds;
        EditorsPick = article.EditorsPickId is null ? null
            : await db.Articles.AsNoTracking().Published(NowUtc).Where(a => a.Id == article.EditorsPickId).Select(StoryCard.FromArticle).SingleOrDefaultAsync();
        Related = await ChosenRelated(db, id, NowUtc).ToListAsync();
        Related = [.. Related, .. await AutomaticRelatedAsync(article, site.Value.RelatedCount - Related.Count)];
        Metadata = new ArticleMetadata(article, site.Value, await frames.CurrentAsync());
        MostReadDay = await mostRead.DayAsync();
        Picks = (await editorsPicks.CurrentAsync(RailPickCount + 1)).Where(p => p.Id != id).Take(RailPickCount).ToList();

        // Evicted when any story it shows is saved, or when its kanal or tags get a newer story ("Berita terkait" fills from them).
        HttpContext.TagReaderPage(new[] { article.Id, EditorsPick?.Id }.OfType<int>()
            .Concat(Related.Concat(MostReadDay).Concat(Picks).Select(s => s.Id)).Select(ReaderTags.Article)
            .Append(ReaderTags.Kanal(article.KanalId)).Concat(article.Tags.Select(t => ReaderTags.Tag(t.Id))));
        return Page();
    }

    private async Task<string> PreviewStateAsync(int id)
    {
        var story = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == id);
        return story.Status switch
        {
            ArticleStatus.Draft => "belum terbit (draf)",
            ArticleStatus.Unpublished => "tidak terbit",
            _ when story.IsScheduled(NowUtc) => $"dijadwalkan terbit {JakartaTime.DateLine(story.PublishedAtUtc)}",
            _ => "sudah terbit",
        };
    }

    /// <summary>A preview is for the people holding the link: never stored by the reader cache or a browser, never indexed.</summary>
    private void KeepPrivate()
    {
        if (HttpContext.Features.Get<IOutputCacheFeature>() is { } cache) cache.Context.AllowCacheStorage = false;
        Response.Headers.Remove(HeaderNames.ETag);
        Response.Headers.Remove(HeaderNames.LastModified);
        Response.Headers.CacheControl = "no-store";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
    }

    /// <summary>When editors picked fewer stories than the page shows: the newest sharing a tag, then the newest of the same kanal.</summary>
    /// <remarks>Two queries rather than one ordered by "shares a tag": each walks the date index and stops at
    /// <paramref name="missing"/> rows, where one query had to test and sort every story of a large kanal.</remarks>
    private async Task<List<StoryCard>> AutomaticRelatedAsync(ArticleView article, int missing)
    {
        if (missing <= 0) return [];
        var listed = Related.Select(r => r.Id).Append(article.Id).ToList();
        var tagIds = article.Tags.Select(t => t.Id).ToList();
        var sharingATag = tagIds.Count == 0 ? [] : await NewestSharingATag(db, NowUtc, listed, tagIds, missing).ToListAsync();
        listed.AddRange(sharingATag.Select(s => s.Id));
        var sameKanal = sharingATag.Count >= missing ? [] : await NewestInKanal(db, NowUtc, listed, article.KanalId, missing - sharingATag.Count).ToListAsync();
        return [.. sharingATag, .. sameKanal];
    }
}
