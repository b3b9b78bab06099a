using Microsoft.EntityFrameworkCore.Diagnostics;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Pages.Search;

/// <summary>
/// Keeps <see cref="Article.SearchStems"/> true to the text on every save, whichever part writes the article (the
/// newsroom, an import, a restore), so the index never lags behind the words it was given.
/// </summary>
public sealed class SearchStemsOnSave : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Refresh(eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Refresh(eventData);
        return ValueTask.FromResult(result);
    }

    private static void Refresh(DbContextEventData eventData)
    {
        if (eventData.Context is not { } db) return;
        foreach (var entry in db.ChangeTracker.Entries<Article>())
        {
            var textChanged = entry.State == Microsoft.EntityFrameworkCore.EntityState.Added
                || (entry.State == Microsoft.EntityFrameworkCore.EntityState.Modified
                    && (entry.Property(a => a.Title).IsModified || entry.Property(a => a.Deck).IsModified || entry.Property(a => a.BodyMarkdown).IsModified));
            if (textChanged || (entry.State == Microsoft.EntityFrameworkCore.EntityState.Modified && entry.Entity.SearchStems is null))
                entry.Entity.SearchStems = IndonesianStems.OfText(entry.Entity.Title, entry.Entity.Deck, SearchText.WithoutDateline(entry.Entity.BodyMarkdown));
        }
    }
}
