using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Areas.Editor.Pages.Shared;
using TempoClone.Web.Data;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>
/// The confirm step of an action on several stories chosen on the list (a GET that names them, and those that will be
/// skipped, with why), the action itself, and its undo ("Urungkan" beside the message). See <see cref="BulkActions"/>.
/// </summary>
public class BulkModel(BulkActions bulk, TempoDbContext db, TimeProvider clock) : PageModel
{
    public BulkVerb Verb { get; private set; } = BulkVerb.All[0];
    public int? KanalId { get; private set; }
    public string KanalName { get; private set; } = "";
    public IReadOnlyList<BulkStory> Stories { get; private set; } = [];
    public IReadOnlyList<BulkStory> ToChange => Stories.Where(s => s.Skipped is null).ToList();

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "aksi")] string? verb, [FromQuery(Name = "id")] int[] ids, [FromQuery(Name = "kanal")] int? kanalId)
    {
        if (BulkVerb.Named(verb) is not { } named || !BulkVerb.For(User).Contains(named)) return NotFound();
        if (ids.Length == 0)
        {
            Flash.Tell(TempData, "Pilih dulu berita yang akan diubah (centang di daftar).");
            return Redirect(UrlMap.Editor);
        }
        Verb = named;
        if (!await ReadKanalAsync(kanalId)) return Redirect(UrlMap.Editor);
        Stories = await bulk.ReviewAsync(User, Verb, ids, KanalId);
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync([FromForm(Name = "aksi")] string? verb, [FromForm(Name = "cerita")] string[] stories, [FromForm(Name = "kanal")] int? kanalId)
    {
        if (BulkVerb.Named(verb) is not { } named) return NotFound();
        Verb = named;
        if (!await ReadKanalAsync(kanalId)) return Redirect(UrlMap.Editor);
        var chosen = stories.Select(s => s.Split('.')).Where(p => p.Length == 2 && int.TryParse(p[0], out _) && int.TryParse(p[1], out _))
            .Select(p => (int.Parse(p[0]), int.Parse(p[1]))).ToList();
        var outcome = await bulk.ApplyAsync(User, named, chosen, KanalId);
        Tell(BulkActions.Count(named.Done, outcome.Changed.Count, KanalName), outcome);
        if (outcome.Changed.Count > 0)
            TempData.OfferUndo($"{UrlMap.BulkArticles}?handler=Undo&aksi={named.Value}&" + string.Join('&', outcome.Changed.Select(p => "sebelum=" + p)));
        return Redirect(UrlMap.Editor);
    }

    public async Task<IActionResult> OnPostUndoAsync([FromQuery(Name = "aksi")] string? verb, [FromQuery(Name = "sebelum")] string[] priors)
    {
        if (BulkVerb.Named(verb) is not { } named) return NotFound();
        var outcome = await bulk.UndoAsync(User, named, priors.Select(BulkPrior.Parse).OfType<BulkPrior>());
        Tell($"Dibatalkan: {outcome.Changed.Count} berita kembali seperti sebelumnya.", outcome);
        return Redirect(UrlMap.Editor);
    }

    private void Tell(string message, BulkOutcome outcome) =>
        Flash.Tell(TempData, outcome.Skipped.Count == 0 ? message : $"{message} Dilewati: {string.Join("; ", outcome.Skipped)}.");

    /// <summary>The target kanal of a move: one this person may file under; false (with a message) when it is not.</summary>
    private async Task<bool> ReadKanalAsync(int? kanalId)
    {
        if (Verb.Value != BulkVerb.Move && kanalId is null) return true;
        var kanal = kanalId is null ? null
            : await db.KanalsVisibleTo(User, clock.GetUtcNow().UtcDateTime).Where(k => k.Id == kanalId).Select(k => k.Name).SingleOrDefaultAsync();
        if (kanal is null)
        {
            Flash.Tell(TempData, "Pilih kanal tujuan dari daftar.");
            return false;
        }
        (KanalId, KanalName) = (kanalId, kanal);
        return true;
    }
}
