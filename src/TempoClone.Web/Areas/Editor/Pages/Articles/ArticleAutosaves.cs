using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>
/// The autosave slot of one person on one article form: what they typed, kept as the posted fields so restoring it is
/// the same model binding as a post. Written while they type and when their session ended under a save.
/// </summary>
public sealed class ArticleAutosaves(TempoDbContext db, TimeProvider clock)
{
    // Only the form's own fields are kept (the search box is a tool, not content); anything else posted is dropped.
    private static readonly FrozenSet<string> Fields = typeof(ArticleInput).GetProperties()
        .Where(p => p.Name != nameof(ArticleInput.SearchQuery)).Select(p => "Input." + p.Name).ToFrozenSet();

    /// <summary>The article fields of a posted form, or null when they are too big to keep.</summary>
    public static Dictionary<string, string>? FieldsOf(IFormCollection form)
    {
        var fields = form.Where(f => Fields.Contains(f.Key)).ToDictionary(f => f.Key, f => f.Value[0] ?? "");
        return fields.Sum(f => f.Value.Length) <= ArticleAutosave.FormMaxLength / 2 ? fields : null;
    }

    public Task<ArticleAutosave?> FindAsync(string staffId, int articleId, CancellationToken ct = default) =>
        db.ArticleAutosaves.AsNoTracking().SingleOrDefaultAsync(a => a.StaffId == staffId && a.ArticleId == articleId, ct);

    /// <summary>Overwrites the slot (or makes it); returns when it was saved.</summary>
    public async Task<DateTime> WriteAsync(string staffId, int articleId, Dictionary<string, string> fields, string? pendingAction, CancellationToken ct = default)
    {
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var json = JsonSerializer.Serialize(fields);
        if (await UpdateAsync(staffId, articleId, json, nowUtc, pendingAction, ct) > 0) return nowUtc;
        db.ArticleAutosaves.Add(new ArticleAutosave { StaffId = staffId, ArticleId = articleId, FormJson = json, SavedAtUtc = nowUtc, PendingAction = pendingAction });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // CASE: two tabs made the slot at once; the unique index kept one, which this write now overwrites.
            db.ChangeTracker.Clear();
            await UpdateAsync(staffId, articleId, json, nowUtc, pendingAction, ct);
        }
        return nowUtc;
    }

    public Task DeleteAsync(string staffId, int articleId, CancellationToken ct = default) =>
        db.ArticleAutosaves.Where(a => a.StaffId == staffId && a.ArticleId == articleId).ExecuteDeleteAsync(ct);

    /// <summary>The slot's fields as a value provider, so a page binds them exactly as it binds a post.</summary>
    public static IValueProvider ValuesOf(ArticleAutosave slot) => new FormValueProvider(BindingSource.Form,
        new FormCollection(JsonSerializer.Deserialize<Dictionary<string, string>>(slot.FormJson)!.ToDictionary(f => f.Key, f => new StringValues(f.Value))),
        CultureInfo.InvariantCulture);

    private Task<int> UpdateAsync(string staffId, int articleId, string json, DateTime nowUtc, string? pendingAction, CancellationToken ct) =>
        db.ArticleAutosaves.Where(a => a.StaffId == staffId && a.ArticleId == articleId).ExecuteUpdateAsync(set => set
            .SetProperty(a => a.FormJson, json).SetProperty(a => a.SavedAtUtc, nowUtc).SetProperty(a => a.PendingAction, pendingAction), ct);
}
