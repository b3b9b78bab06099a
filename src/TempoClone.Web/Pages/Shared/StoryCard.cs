using System.Linq.Expressions;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Pages.Shared;

/// <summary>A story as lists show it: home, kanal pages, "Berita terkait", Pilihan Editor.</summary>
public sealed record StoryCard(
    int Id, string Title, string Slug, string KanalSlug, string KanalName, string Deck,
    DateTime PublishedAtUtc, LeadPhoto? Photo)
{
    public string Url => ArticleLinks.Path(KanalSlug, Slug, Id);
    public string KanalUrl => UrlMap.Kanal(KanalSlug);

    public static readonly Expression<Func<Article, StoryCard>> FromArticle = a => new StoryCard(
        a.Id, a.Title, a.Slug, a.Kanal.Slug, a.Kanal.Name, a.Deck, a.PublishedAtUtc, a.LeadPhoto);
}

/// <summary>What the _StoryList partial needs: the stories, the clock reading for "2 jam lalu", and display choices.</summary>
/// <param name="HeadingLevel">2 where the list sits right under the page's h1 (list pages), 3 under a section heading.</param>
public sealed record StoryListView(IReadOnlyList<StoryCard> Stories, DateTime NowUtc, bool ShowKanal = true, bool ShowDeck = true, int HeadingLevel = 3);
