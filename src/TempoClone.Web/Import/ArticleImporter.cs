using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Import;

/// <summary>
/// Writes a parsed Tempo text into the database as an upsert keyed on the title, so importing the
/// same text twice changes nothing. Related stories and the editor's pick become articles of their
/// own (known by title and summary) so every link on the page leads somewhere. Stages changes only:
/// the caller commits, together with whatever else belongs to the same unit of work.
/// </summary>
public sealed class ArticleImporter(TempoDbContext db, TimeProvider clock, IOptions<SiteOptions> site)
{
    public static string KeyFor(string title) => "tempo:" + Slugs.From(title, int.MaxValue);

    /// <param name="status">Published for the seed; Draft when an editor imports a text to review.</param>
    public async Task<Article> UpsertAsync(TempoText text, ArticleStatus status = ArticleStatus.Published, CancellationToken ct = default)
    {
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        // CASE: a kanal whose address the site uses itself (/search, /editor, …) would be shadowed; the story goes to the default kanal.
        var kanalName = text.KanalName is { } named && UrlMap.SlugProblem(SlugOwner.Kanal, named, Slugs.From(named)) is null ? named : site.Value.DefaultKanal;
        var kanal = await db.KanalNamedAsync(kanalName, ct);

        var article = await db.Articles
            .Include(a => a.Bylines).ThenInclude(b => b.Reporter)
            .Include(a => a.RelatedStories).ThenInclude(r => r.RelatedArticle)
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.ImportKey == KeyFor(text.Title), ct);
        if (article is null)
        {
            article = new Article { Title = text.Title, Slug = "", ImportKey = KeyFor(text.Title) };
            db.Articles.Add(article);
        }

        article.Title = text.Title;
        article.Slug = await db.FreeSlugAsync(Slugs.From(text.Title), article.Id, ct);
        article.Kanal = kanal;
        article.Deck = DeckFrom(text.BodyParagraphs[0]);
        article.BodyMarkdown = string.Join("\n\n", text.BodyParagraphs.Select(PlainTextMarkdown.Escape));
        article.SourceLine = text.SourceLine;
        article.Status = status;
        article.PublishedAtUtc = text.PublishedAtUtc;
        article.UpdatedAtUtc = nowUtc;
        article.Version++;
        article.LeadPhoto = text.Photo is null ? null : new LeadPhoto
        {
            Caption = text.Photo.Caption,
            Credit = text.Photo.Credit,
            AltText = Truncate(text.Photo.Caption, LeadPhoto.AltTextMaxLength),
        };

        var bylines = new List<(Reporter, BylineRole)>();
        foreach (var name in text.Reporters) bylines.Add((await db.ReporterNamedAsync(name, ct), BylineRole.Reporter));
        foreach (var name in text.Editors) bylines.Add((await db.ReporterNamedAsync(name, ct), BylineRole.Editor));
        article.SetBylines(bylines);

        article.EditorsPick = text.EditorsPickTitle is null
            ? null
            : await FindOrAddSummaryStoryAsync(text.EditorsPickTitle, "", text.PublishedAtUtc, kanal, ct);
        if (article.EditorsPick is not null) await AddHomePickAsync(article.EditorsPick, ct);

        var related = new List<Article>();
        foreach (var item in text.Related)
        {
            var story = await FindOrAddSummaryStoryAsync(item.Title, item.Summary, nowUtc - item.Age, kanal, ct);
            related.Add(story);
        }
        article.SetRelated(related);
        return article;
    }

    /// <summary>First paragraph without the dateline, cut at a word: the summary under the title and in lists.</summary>
    private static string DeckFrom(string firstParagraph)
    {
        var dash = firstParagraph.IndexOf(" - ", StringComparison.Ordinal);
        var text = dash is > 0 and < 60 ? firstParagraph[(dash + 3)..] : firstParagraph;
        return Truncate(text, 250);
    }

    private static string Truncate(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text[..(max - 1)];
        var space = cut.LastIndexOf(' ');
        return (space > max / 2 ? cut[..space] : cut) + "…";
    }

    /// <summary>A story known only by its title (and summary, when the source gives one). An existing story is kept as it is.</summary>
    private async Task<Article> FindOrAddSummaryStoryAsync(string title, string summary, DateTime publishedAtUtc, Kanal kanal, CancellationToken ct)
    {
        var key = KeyFor(title);
        var story = db.Articles.Local.FirstOrDefault(a => a.ImportKey == key) ?? await db.Articles.SingleOrDefaultAsync(a => a.ImportKey == key, ct);
        if (story is not null)
        {
            if (story.Deck.Length == 0 && summary.Length > 0) story.Deck = summary;
            return story;
        }

        story = new Article
        {
            Title = title,
            Slug = await db.FreeSlugAsync(Slugs.From(title), 0, ct),
            Deck = summary,
            Kanal = kanal,
            Status = ArticleStatus.Published,
            PublishedAtUtc = publishedAtUtc,
            UpdatedAtUtc = clock.GetUtcNow().UtcDateTime,
            ImportKey = key,
        };
        db.Articles.Add(story);
        return story;
    }

    private async Task AddHomePickAsync(Article pick, CancellationToken ct)
    {
        var alreadyPicked = db.HomePicks.Local.Any(p => p.Article == pick)
            || (pick.Id != 0 && await db.HomePicks.AnyAsync(p => p.ArticleId == pick.Id, ct));
        if (alreadyPicked) return;
        var last = await db.HomePicks.MaxAsync(p => (int?)p.Position, ct) ?? 0;
        db.HomePicks.Add(new HomePick { Article = pick, Position = last + 1 });
    }
}
