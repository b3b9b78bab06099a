using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Pages.Shared;

/// <summary>One page of a newest-first story list (kanal, tag, reporter, indeks) with its pager.</summary>
public sealed record StoryPage(IReadOnlyList<StoryCard> Stories, PagerView Pager)
{
    public static async Task<StoryPage> LoadAsync(IQueryable<Article> stories, int? page, int pageSize, string basePath)
    {
        var pager = new PagerView(PagerView.Clamp(page), pageSize, await stories.CountAsync(), basePath);
        var cards = await stories.NewestFirst().Skip(pager.Skip).Take(pager.PageSize).Select(StoryCard.FromArticle).ToListAsync();
        return new StoryPage(cards, pager);
    }
}
