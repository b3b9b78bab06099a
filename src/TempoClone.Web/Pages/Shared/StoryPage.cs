using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Pages.Shared;

/// <summary>
/// One page of a newest-first story list (kanal, tag, reporter, indeks) with its pager. Keyset paging: one page more
/// than shown is read to know whether older stories follow, and nothing counts the list, so a page deep in a
/// two-million-story archive costs what the first does.
/// </summary>
public sealed record StoryPage(IReadOnlyList<StoryCard> Stories, ListPager Pager)
{
    public static async Task<StoryPage> LoadAsync(IQueryable<Article> stories, ListPosition at, int pageSize, string basePath)
    {
        if (at.Newer is { } newer)
        {
            var newerCards = await stories.NewerThan(newer.PublishedAtUtc, newer.Id).OldestFirst().Take(pageSize + 1).Select(StoryCard.FromArticle).ToListAsync();
            // CASE: fewer than a page of newer stories are left: that is the first page.
            if (newerCards.Count > pageSize)
            {
                newerCards.RemoveAt(pageSize);
                newerCards.Reverse();
                return new StoryPage(newerCards, CursorPager(basePath, ListPager.NewerKey, newer, newerCards, hasNewer: true, hasOlder: true));
            }
            at = new ListPosition(1, null, null);
        }

        var older = at.Older is { } cursor ? stories.OlderThan(cursor.PublishedAtUtc, cursor.Id) : stories;
        var cards = await older.NewestFirst().Skip((at.Page - 1) * pageSize).Take(pageSize + 1).Select(StoryCard.FromArticle).ToListAsync();
        var hasOlder = cards.Count > pageSize;
        if (hasOlder) cards.RemoveAt(pageSize);
        if (at.Older is { } olderThan) return new StoryPage(cards, CursorPager(basePath, ListPager.OlderKey, olderThan, cards, hasNewer: true, hasOlder));
        if (at.Page == 1) return new StoryPage(cards, new ListPager(basePath, null, hasOlder ? Older(basePath, cards) : null, null));
        return new StoryPage(cards, new ListPager($"{basePath}{(basePath.Contains('?') ? '&' : '?')}page={at.Page}",
            at.Page == 2 ? basePath : Newer(basePath, cards), hasOlder ? Older(basePath, cards) : null, $"Halaman {at.Page}"));
    }

    private static ListPager CursorPager(string basePath, string key, StoryCursor cursor, List<StoryCard> cards, bool hasNewer, bool hasOlder) =>
        new(ListPager.With(basePath, key, cursor.ToString()),
            hasNewer ? cards.Count > 0 ? Newer(basePath, cards) : basePath : null,
            hasOlder ? Older(basePath, cards) : null,
            cards.Count > 0 ? $"Berita {JakartaTime.ShortDate(cards[0].PublishedAtUtc)}" : null);

    private static string Older(string basePath, List<StoryCard> cards) => ListPager.With(basePath, ListPager.OlderKey, CursorOf(cards[^1]).ToString());

    private static string Newer(string basePath, List<StoryCard> cards) => ListPager.With(basePath, ListPager.NewerKey, CursorOf(cards[0]).ToString());

    private static StoryCursor CursorOf(StoryCard card) => new(card.PublishedAtUtc, card.Id);
}
