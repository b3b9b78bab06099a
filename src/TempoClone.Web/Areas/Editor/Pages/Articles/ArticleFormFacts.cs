using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>
/// What the article form shows beside the typed fields, read from the saved story: where it stands (which buttons
/// make sense), its addresses, the kanals to choose from, the linked stories readers cannot see, the form's owner token.
/// </summary>
public sealed class ArticleFormFacts(TempoDbContext db, PreviewLinks previews, SessionRescue rescue, TimeProvider clock)
{
    /// <param name="PublicUrl">"Lihat di situs": the story's page when live, else its preview link (a story not live has no page yet).</param>
    /// <param name="FirstPublishedAtUtc">The saved story's own date, kept when it is published (again): its first publish date, or none known for an imported page without a date.</param>
    /// <param name="Unpublished">The linked stories and search results readers cannot see, by id, with their state (publishing this story leaves them so).</param>
    public sealed record Facts(
        int? ArticleId, string? PublicUrl, PreviewLinks.Link? ShareablePreview, bool CanPublish, ArticlePhase Phase,
        DateTime? SavedAtUtc, ArticleStatus SavedStatus, DateTime? PublishedAtUtc, DateTime? FirstPublishedAtUtc, bool PublishDateUnknown,
        IReadOnlyList<KanalListItem> Kanals, IReadOnlyDictionary<int, UnpublishedLinks.Link> Unpublished, string FormOwnerToken)
    {
        /// <summary>Before anything is read (a page model is never shown with these).</summary>
        public static readonly Facts None = new(null, null, null, false, ArticlePhase.New, null, ArticleStatus.Draft, null, null, false, [],
            new Dictionary<int, UnpublishedLinks.Link>(), "");
    }

    /// <param name="article">The saved story, or null for a new one.</param>
    /// <param name="linkedIds">The stories the form links or lists, to mark those readers cannot see.</param>
    public async Task<Facts> ReadAsync(ClaimsPrincipal user, Article? article, IReadOnlyCollection<int> linkedIds)
    {
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var preview = article is null ? null : previews.For(article.Id, await db.PreviewStampAsync(article.Id));
        return new Facts(
            ArticleId: article?.Id,
            PublicUrl: article is null ? null : article.IsLive(nowUtc) ? await PublicPathAsync(article) : preview!.Path,
            ShareablePreview: preview,
            CanPublish: user.MayPublish(),
            Phase: ArticlePhases.Of(article, nowUtc),
            SavedAtUtc: article?.UpdatedAtUtc,
            SavedStatus: article?.Status ?? ArticleStatus.Draft,
            PublishedAtUtc: article?.PublishedAtUtc,
            FirstPublishedAtUtc: PublishDates.IsArchiveStory(article, nowUtc) ? article!.FirstPublishedAtUtc : null,
            PublishDateUnknown: article?.PublishDateUnknown == true,
            Kanals: await db.KanalsVisibleTo(user, nowUtc).ByNameAsync(),
            Unpublished: await UnpublishedLinks.ReadAsync(db, linkedIds, user, nowUtc),
            FormOwnerToken: rescue.TokenFor(user.StaffId()!, article?.Id ?? ArticleAutosave.NewArticle));
    }

    /// <summary>The live story's address on the site.</summary>
    public async Task<string> PublicPathAsync(Article article) =>
        ArticleLinks.Path(await db.Kanals.Where(k => k.Id == article.KanalId).Select(k => k.Slug).SingleAsync(), article.Slug, article.Id);
}
