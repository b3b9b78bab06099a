using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Areas.Editor.Pages.Articles;
using TempoClone.Web.Areas.Editor.Pages.FrontPage;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;

namespace TempoClone.Web.Areas.Editor.Pages;

/// <summary>
/// The home page's Pilihan Editor list, in the order editors arrange, each with an optional end time (WIB).
/// With script the story box searches as one types and Naik / Turun / Hapus swap the list in place (picks.js); without
/// it each is a plain post. Every change carries a token of the list as it was shown, so two editors cannot silently undo each other.
/// </summary>
public class PicksModel(TempoDbContext db, ArticleFormReader references, TimeProvider clock, SiteWriter site) : PageModel
{
    public const string ConflictMessage = "Daftar Pilihan Editor sudah diubah orang lain. Ini daftar terbarunya; ulangi perubahan Anda.";

    [BindProperty] public string? ListToken { get; set; }
    [BindProperty] public string? AddReference { get; set; }
    [BindProperty] public string? AddEndsAt { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public DateTime NowUtc { get; private set; }
    public string TimeExample => FrontPageFields.TimeExample(clock.GetUtcNow().UtcDateTime);

    public sealed record Row(int Id, int ArticleId, string Title, int Position, DateTime? EndsAtUtc);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!User.MayPick()) return Forbid();
        await LoadAsync();
        return Page();
    }

    public Task<IActionResult> OnPostAddAsync() => ChangeAsync(async picks =>
    {
        if (string.IsNullOrWhiteSpace(AddReference) || AddReference.Length > 400)
        {
            ModelState.AddModelError(nameof(AddReference), "Isi ID atau judul artikel.");
            return false;
        }
        var articleId = await references.ResolveAsync(AddReference, 0, User, nameof(AddReference), "Pilihan Editor", ModelState);
        var endsAt = FrontPageFields.ReadEndTime(AddEndsAt, required: false, "Pilihan Editor", nameof(AddEndsAt), clock.GetUtcNow().UtcDateTime, TimeExample, ModelState);
        if (articleId is null || !ModelState.IsValid) return false;
        if (picks.Any(p => p.ArticleId == articleId))
        {
            ModelState.AddModelError(nameof(AddReference), "Artikel itu sudah ada di daftar.");
            return false;
        }
        db.HomePicks.Add(new HomePick { ArticleId = articleId.Value, Position = picks.Count == 0 ? 1 : picks.Max(p => p.Position) + 1, EndsAtUtc = endsAt });
        return true;
    });

    public Task<IActionResult> OnPostMoveAsync(int pickId, int delta) => ChangeAsync(picks =>
    {
        var index = picks.FindIndex(p => p.Id == pickId);
        var other = index + Math.Sign(delta);
        if (index < 0 || other < 0 || other >= picks.Count) return Task.FromResult(false);
        (picks[index].Position, picks[other].Position) = (picks[other].Position, picks[index].Position);
        return Task.FromResult(true);
    });

    public Task<IActionResult> OnPostRemoveAsync(int pickId) => ChangeAsync(picks =>
    {
        var pick = picks.Find(p => p.Id == pickId);
        if (pick is not null) db.HomePicks.Remove(pick);
        return Task.FromResult(pick is not null);
    });

    private async Task<IActionResult> ChangeAsync(Func<List<HomePick>, Task<bool>> change)
    {
        if (!User.MayPick()) return Forbid();
        var picks = await db.HomePicks.OrderBy(p => p.Position).ThenBy(p => p.Id).ToListAsync();
        if (ListToken != TokenOf(picks))
        {
            ModelState.AddModelError("", ConflictMessage);
            await LoadAsync();
            return Page();
        }
        if (!await change(picks))
        {
            await LoadAsync();
            return Page();
        }
        await site.SavePicksAsync(User.Identity!.Name!);
        TempData["Message"] = "Pilihan Editor diperbarui.";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        NowUtc = clock.GetUtcNow().UtcDateTime;
        var picks = await db.HomePicks.AsNoTracking().OrderBy(p => p.Position).ThenBy(p => p.Id).ToListAsync();
        ListToken = TokenOf(picks);
        var titles = await db.Articles.AsNoTracking().Where(a => picks.Select(p => p.ArticleId).Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.Title);
        Rows = picks.Select(p => new Row(p.Id, p.ArticleId, titles.GetValueOrDefault(p.ArticleId, "?"), p.Position, p.EndsAtUtc)).ToList();
    }

    private static string TokenOf(IEnumerable<HomePick> picks) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join(";", picks.Select(p => $"{p.Id}:{p.ArticleId}:{p.Position}:{p.EndsAtUtc?.Ticks}")))))[..32];
}
