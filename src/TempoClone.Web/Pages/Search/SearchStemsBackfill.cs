using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;

namespace TempoClone.Web.Pages.Search;

/// <summary>
/// Gives the articles saved before the search knew word roots their <see cref="Domain.Article.SearchStems"/>, in the
/// background and in small batches, so an upgraded archive is searchable by root without a slow start. Until a story's
/// turn it is still found by its exact words. Cheap when nothing is to do: a partial index holds only the missing rows.
/// </summary>
public sealed class SearchStemsBackfill(IServiceScopeFactory scopes, ILogger<SearchStemsBackfill> log) : BackgroundService
{
    private const int BatchSize = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await FillMissingAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            // CASE: the database is not there yet or went away (a test replacing the file, a restore): the next start tries again.
            log.LogWarning(ex, "Search roots backfill stopped");
        }
    }

    /// <summary>Writes the roots of every article still without them; returns how many.</summary>
    public async Task<int> FillMissingAsync(CancellationToken ct)
    {
        var filled = 0;
        while (!ct.IsCancellationRequested)
        {
            var done = await FillBatchAsync(ct);
            if (done == 0) break;
            filled += done;
            log.LogInformation("Search roots written for {Articles} more articles ({Total} so far)", done, filled);
        }
        return filled;
    }

    private async Task<int> FillBatchAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TempoDbContext>();
        var batch = await db.Articles.AsNoTracking().Where(a => a.SearchStems == null).OrderBy(a => a.Id).Take(BatchSize)
            .Select(a => new { a.Id, a.Title, a.Deck, a.BodyMarkdown }).ToListAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var article in batch)
        {
            var stems = IndonesianStems.OfText(article.Title, article.Deck, SearchText.WithoutDateline(article.BodyMarkdown));
            // Only if still missing: a save in between has written its own.
            await db.Articles.Where(a => a.Id == article.Id && a.SearchStems == null)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.SearchStems, stems), ct);
        }
        await transaction.CommitAsync(ct);
        return batch.Count;
    }
}
