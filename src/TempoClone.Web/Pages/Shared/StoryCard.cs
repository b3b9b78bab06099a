using System.Linq.Expressions;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Pages.Shared;

/// <summary>A story as lists show it: home, kanal pages, "Berita terkait", Pilihan Editor, Terpopuler, search.</summary>
public sealed record StoryCard(
    int Id, string Title, string Slug, string KanalSlug, string KanalName, string Deck,
    DateTime PublishedAtUtc, LeadPhoto? Photo, bool HasFullText)
{
    public string Url => ArticleLinks.Path(KanalSlug, Slug, Id);
    public string KanalUrl => UrlMap.Kanal(KanalSlug);
    public ListPhoto? Thumbnail => ListPhoto.From(Photo);

    public static readonly Expression<Func<Article, StoryCard>> FromArticle = ArticleRules.WithRulesInlined(a => new StoryCard(
        a.Id, a.Title, a.Slug, a.Kanal.Slug, a.Kanal.Name, a.Deck, a.PublishedAtUtc, a.LeadPhoto, a.HasFullText));
}

/// <summary>
/// The picture a list shows beside a title, as the _Thumbnail partial draws it (the photo's renditions through
/// <c>&lt;photo-image&gt;</c>, with their size): every list passes this and nothing else.
/// </summary>
public sealed record ListPhoto(LeadPhoto Photo)
{
    /// <summary>The column it fills: a list card's (the 160- and 320-px renditions) unless the list says otherwise.</summary>
    public PhotoLayout Layout { get; init; } = PhotoLayout.Thumbnail;

    /// <summary>True for the one picture on the first screen (the home lead): loaded first, not lazily.</summary>
    public bool AboveTheFold { get; init; }

    public static ListPhoto? From(LeadPhoto? photo) => photo?.ImagePath is null ? null : new ListPhoto(photo);

    /// <summary>The home headline's photo: the lead rendition for its wide column, fetched first, with its alt text.</summary>
    public ListPhoto AsHomeLead() => this with { Layout = PhotoLayout.HomeLead, AboveTheFold = true };
}

/// <summary>What the _StoryList partial needs: the stories, the clock reading for "2 jam lalu", and display choices.</summary>
/// <param name="HeadingLevel">2 where the list sits right under the page's h1 (list pages), 3 under a section heading, 0 for no heading (Terpopuler).</param>
/// <param name="DeckCount">How many stories, from the top, show their summary (all by default).</param>
/// <param name="Thumbnails">The column the list's pictures fill, when wider than a list card's (the home lead block).</param>
public sealed record StoryListView(IReadOnlyList<StoryCard> Stories, DateTime NowUtc, bool ShowKanal = true, bool ShowDeck = true,
    int HeadingLevel = 3, int DeckCount = int.MaxValue, string ListClass = "", PhotoLayout Thumbnails = PhotoLayout.Thumbnail,
    bool ClockTimes = false, bool ShowThumbnails = true)
{
    /// <summary>When the story went out, as this list says it: "2 jam lalu", or the clock time ("17:06 WIB") where the day is a heading above.</summary>
    public string TimeOf(StoryCard story) => ClockTimes
        ? JakartaTime.ToJakarta(story.PublishedAtUtc).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " WIB"
        : RelativeTime.Format(story.PublishedAtUtc, NowUtc);
}

/// <summary>A front's lead story as the _LeadStory partial draws it; <paramref name="TitleId"/> labels the section around it.</summary>
public sealed record LeadStoryView(StoryCard Story, DateTime NowUtc, string TitleId);
