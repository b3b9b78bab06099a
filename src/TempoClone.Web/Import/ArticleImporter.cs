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

    public async Task<Article> UpsertAsync(TempoText text, CancellationToken ct = default)
    {
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var kanal = await FindOrAddKanalAsync(text.KanalName ?? site.Value.DefaultKanal, ct);

        var article = await db.Articles
            .Include(a => a.Bylines).ThenInclude(b => b.Reporter)
            .Include(a => a.RelatedStories).ThenInclude(r => r.RelatedArticle)
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.ImportKey == KeyFor(text.Title), ct);
        if (article is null)
        {
            article = new Article { Title = text.Title, Slug = Slugs.From(text.Title), ImportKey = KeyFor(text.Title) };
            db.Articles.Add(article);
        }

        article.Title = text.Title;
        article.Slug = Slugs.From(text.Title);
        article.Kanal = kanal;
        article.Deck = DeckFrom(text.BodyParagraphs[0]);
        article.BodyMarkdown = string.Join("\n\n", text.BodyParagraphs.Select(PlainTextMarkdown.Escape));
        article.SourceLine = text.SourceLine;
        article.Status = ArticleStatus.Published;
        article.PublishedAtUtc = text.PublishedAtUtc;
        article.UpdatedAtUtc = nowUtc;
        article.LeadPhoto = text.Photo is null ? null : new LeadPhoto
        {
            Caption = text.Photo.Caption,
            Credit = text.Photo.Credit,
            AltText = Truncate(text.Photo.Caption, LeadPhoto.AltTextMaxLength),
        };

        await SyncBylinesAsync(article, text, ct);

        article.EditorsPick = text.EditorsPickTitle is null
            ? null
            : await FindOrAddSummaryStoryAsync(text.EditorsPickTitle, "", text.PublishedAtUtc, kanal, ct);
        if (article.EditorsPick is not null) await AddHomePickAsync(article.EditorsPick, ct);

        var related = new List<Article>();
        foreach (var item in text.Related)
        {
            var story = await FindOrAddSummaryStoryAsync(item.Title, item.Summary, nowUtc - item.Age, kanal, ct);
            if (story != article && !related.Contains(story)) related.Add(story);
        }
        SyncRelated(article, related);
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

    private async Task<Kanal> FindOrAddKanalAsync(string name, CancellationToken ct)
    {
        var slug = Slugs.From(name);
        var kanal = db.Kanals.Local.FirstOrDefault(k => k.Slug == slug) ?? await db.Kanals.SingleOrDefaultAsync(k => k.Slug == slug, ct);
        if (kanal is not null) return kanal;
        kanal = new Kanal { Slug = slug, Name = name };
        db.Kanals.Add(kanal);
        return kanal;
    }

    private async Task<Reporter> FindOrAddReporterAsync(string name, CancellationToken ct)
    {
        var slug = Slugs.From(name);
        var reporter = db.Reporters.Local.FirstOrDefault(r => r.Slug == slug) ?? await db.Reporters.SingleOrDefaultAsync(r => r.Slug == slug, ct);
        if (reporter is not null) return reporter;
        reporter = new Reporter { Slug = slug, Name = name };
        db.Reporters.Add(reporter);
        return reporter;
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
            Slug = Slugs.From(title),
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

    private async Task SyncBylinesAsync(Article article, TempoText text, CancellationToken ct)
    {
        var wanted = new List<(Reporter Reporter, BylineRole Role)>();
        foreach (var name in text.Reporters) wanted.Add((await FindOrAddReporterAsync(name, ct), BylineRole.Reporter));
        foreach (var name in text.Editors) wanted.Add((await FindOrAddReporterAsync(name, ct), BylineRole.Editor));
        wanted = wanted.Distinct().ToList();

        article.Bylines.RemoveAll(b => !wanted.Contains((b.Reporter, b.Role)));
        for (var position = 0; position < wanted.Count; position++)
        {
            var (reporter, role) = wanted[position];
            var byline = article.Bylines.Find(b => b.Reporter == reporter && b.Role == role);
            if (byline is null) article.Bylines.Add(byline = new ArticleByline { Reporter = reporter, Role = role });
            byline.Position = position;
        }
    }

    private static void SyncRelated(Article article, List<Article> wanted)
    {
        article.RelatedStories.RemoveAll(r => !wanted.Contains(r.RelatedArticle));
        for (var position = 0; position < wanted.Count; position++)
        {
            var entry = article.RelatedStories.Find(r => r.RelatedArticle == wanted[position]);
            if (entry is null) article.RelatedStories.Add(entry = new RelatedStory { RelatedArticle = wanted[position] });
            entry.Position = position;
        }
    }
}
