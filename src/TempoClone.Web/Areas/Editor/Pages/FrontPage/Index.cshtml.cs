using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Areas.Editor.Pages.Articles;
using TempoClone.Web.Areas.Editor.Pages.Shared;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages.FrontPage;

/// <summary>
/// Halaman depan: the headline and the next places of the home page's lead block (each with an optional end time),
/// the breaking-news bar, and a preview of the lead block as readers will see it. Naik/Turun and Pratinjau work on
/// the form as typed and save nothing; Simpan saves.
/// </summary>
public class IndexModel(FrontPageDesk desk, TempoDbContext db, ArticleFormReader references, TimeProvider clock) : PageModel
{
    public const string ConflictMessage = "Halaman depan sudah diubah orang lain. Ini susunan terbarunya; ulangi perubahan Anda.";

    [BindProperty] public string? Token { get; set; }
    [BindProperty] public List<SlotInput> Slots { get; set; } = [];
    [BindProperty] public BarInput Bar { get; set; } = new();

    /// <param name="Chosen">An editor's slot put it here (otherwise: the newest story filling the place).</param>
    public sealed record PreviewStory(int Id, string Title, string KanalName, string Deck, DateTime PublishedAtUtc, bool HasPhoto, bool Chosen);

    public IReadOnlyList<PreviewStory> Preview { get; private set; } = [];
    /// <summary>Places whose chosen story cannot show now (not live, ended), with why.</summary>
    public IReadOnlyDictionary<int, string> Notes { get; private set; } = new Dictionary<int, string>();
    public bool PreviewIsUnsaved { get; private set; }
    public BreakingNews? CurrentBar { get; private set; }
    public DateTime NowUtc { get; private set; }

    /// <summary>A time the forms would accept now, for their hints.</summary>
    public string TimeExample => FrontPageFields.TimeExample(NowUtc);

    // The convention admits publishers only; every handler asks the rule itself too.
    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context)
    {
        if (!User.MayArrangeFrontPage()) context.Result = Forbid();
    }

    public async Task<IActionResult> OnGetAsync() => await ShowStoredAsync(await LoadAsync());

    /// <summary>Naik/Turun without script: reorders the form as typed; nothing is saved until Simpan.</summary>
    public async Task<IActionResult> OnPostMoveAsync(int index, int delta)
    {
        await LoadAsync();
        var other = index + Math.Sign(delta);
        if (index >= 0 && index < Slots.Count && other >= 0 && other < Slots.Count) (Slots[index], Slots[other]) = (Slots[other], Slots[index]);
        // The inputs show the reordered values, not the posted ones.
        ModelState.Clear();
        return await ShowUnsavedAsync();
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        await LoadAsync();
        return await ShowUnsavedAsync();
    }

    public async Task<IActionResult> OnPostSaveAsync()
    {
        await LoadAsync();
        var choices = await ReadChoicesAsync();
        if (!ModelState.IsValid) return await ShowUnsavedAsync(choices);
        if (!await desk.SaveSlotsAsync(Token, choices, User.Identity!.Name!)) return await ConflictAsync();
        Flash.Tell(TempData, "Halaman depan disimpan. Beranda menampilkannya sekarang.", "/", "lihat beranda");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostBarAsync()
    {
        var state = await LoadAsync();
        var bar = FrontPageFields.Read(Bar, NowUtc, TimeExample, ModelState);
        if (bar is null) return await ShowStoredAsync(state);
        if (!await desk.SaveBarAsync(Token, bar, User.Identity!.Name!)) return await ConflictAsync();
        Flash.Tell(TempData, $"{bar.Label} tampil di setiap halaman sampai {JakartaTime.Stamp(bar.EndsAtUtc)}.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveBarAsync()
    {
        await LoadAsync();
        if (!await desk.RemoveBarAsync(Token, User.Identity!.Name!)) return await ConflictAsync();
        Flash.Tell(TempData, "Bar diturunkan dari situs.");
        return RedirectToPage();
    }

    /// <summary>Reads the stored state; fills what this post did not carry (the other form's fields) from it.</summary>
    private async Task<FrontPageDesk.State> LoadAsync()
    {
        NowUtc = clock.GetUtcNow().UtcDateTime;
        var state = await desk.LoadAsync();
        CurrentBar = state.Bar;
        if (Slots.Count == 0)
        {
            var titles = await desk.TitlesAsync(state.Slots.Select(s => (int?)s.ArticleId));
            // An ended slot shows as an empty place (its note says what ended): the form holds what Simpan would keep,
            // never a past end time the editor would have to clear before saving anything else.
            Slots = Enumerable.Range(1, FrontPageSlot.Count).Select(position => state.Slots.FirstOrDefault(s => s.Position == position && !(s.EndsAtUtc <= NowUtc)) is { } slot
                ? new SlotInput { Reference = ArticleReference.Of(slot.ArticleId, titles.GetValueOrDefault(slot.ArticleId)), EndsAt = slot.EndsAtUtc is { } e ? JakartaTime.TypedTime(e) : null }
                : new SlotInput()).ToList();
        }
        Slots = [.. Slots.Take(FrontPageSlot.Count), .. Enumerable.Range(0, Math.Max(0, FrontPageSlot.Count - Slots.Count)).Select(_ => new SlotInput())];
        if (Bar.Label is null && Bar.Text is null && state.Bar is { } stored)
            Bar = new BarInput { Label = stored.Label, Text = stored.Text, Link = stored.Link, EndsAt = stored.EndsAtUtc > NowUtc ? JakartaTime.TypedTime(stored.EndsAtUtc) : null };
        return state;
    }

    /// <summary>The page as stored now, with the conflict message: what this editor typed was made on an older state.</summary>
    private async Task<IActionResult> ConflictAsync()
    {
        ModelState.Clear();
        ModelState.AddModelError("", ConflictMessage);
        Slots = [];
        Bar = new BarInput();
        Token = null;
        return await ShowStoredAsync(await LoadAsync());
    }

    private async Task<IActionResult> ShowStoredAsync(FrontPageDesk.State state)
    {
        Token = state.Token;
        await PreviewAsync(await db.CurrentLineupAsync(NowUtc), StoredChoices(state));
        return Page();
    }

    private async Task<IActionResult> ShowUnsavedAsync(IReadOnlyList<FrontPageLineup.Choice>? choices = null)
    {
        // A reorder or a preview shows problems with what was typed too; only Simpan refuses them.
        choices ??= await ReadChoicesAsync();
        PreviewIsUnsaved = true;
        await PreviewAsync(await db.LineupAsync(choices, NowUtc), choices);
        return Page();
    }

    private static List<FrontPageLineup.Choice> StoredChoices(FrontPageDesk.State state) =>
        Enumerable.Range(1, FrontPageSlot.Count).Select(position => state.Slots.FirstOrDefault(s => s.Position == position) is { } slot
            ? new FrontPageLineup.Choice(slot.ArticleId, slot.EndsAtUtc) : new FrontPageLineup.Choice(null, null)).ToList();

    /// <summary>The form's places as choices; a problem is an error at its field.</summary>
    private async Task<List<FrontPageLineup.Choice>> ReadChoicesAsync()
    {
        var choices = new List<FrontPageLineup.Choice>();
        foreach (var (slot, index) in Slots.Select((s, i) => (s, i)))
        {
            var place = FrontPageDesk.PlaceName(index + 1);
            var key = $"{nameof(Slots)}[{index}]";
            int? articleId = null;
            if (!string.IsNullOrWhiteSpace(slot.Reference))
            {
                if (slot.Reference.Length > 400) ModelState.AddModelError(key + ".Reference", $"{place}: judul terlalu panjang.");
                else articleId = await references.ResolveAsync(slot.Reference, 0, User, key + ".Reference", place, ModelState);
                if (articleId is { } id && choices.Any(c => c.ArticleId == id))
                {
                    ModelState.AddModelError(key + ".Reference", $"{place}: berita itu sudah dipasang di tempat lain.");
                    articleId = null;
                }
            }
            var endsAt = FrontPageFields.ReadEndTime(slot.EndsAt, required: false, place, key + ".EndsAt", NowUtc, TimeExample, ModelState);
            choices.Add(new FrontPageLineup.Choice(articleId, articleId is null ? null : endsAt));
        }
        return choices;
    }

    private async Task PreviewAsync(FrontPageLineup.Lineup lineup, IReadOnlyList<FrontPageLineup.Choice> choices)
    {
        var ids = lineup.ArticleIds;
        var stories = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Title, Kanal = a.Kanal.Name, a.Deck, a.PublishedAtUtc, HasPhoto = a.LeadPhoto != null }).ToListAsync();
        Preview = ids.Select((id, i) => stories.Single(s => s.Id == id) is var s
            ? new PreviewStory(s.Id, s.Title, s.Kanal, s.Deck, s.PublishedAtUtc, s.HasPhoto, lineup.Chosen[i]) : null!).ToList();
        var notes = new Dictionary<int, string>();
        var titles = await desk.TitlesAsync(choices.Where(c => c.EndsAtUtc <= NowUtc).Select(c => c.ArticleId));
        foreach (var (choice, index) in choices.Select((c, i) => (c, i)))
        {
            if (choice.ArticleId is not { } id || lineup.ArticleIds.ElementAtOrDefault(index) == id && lineup.Chosen[index]) continue;
            notes[index] = choice.EndsAtUtc is { } ended && ended <= NowUtc
                ? $"Sudah berakhir: «{titles.GetValueOrDefault(id)}» sampai {JakartaTime.TypedTime(ended)}; tempat ini berisi berita terbaru."
                : "Berita ini belum tampil di situs (draf, terjadwal, ditarik atau di tempat sampah): tempat ini berisi berita terbaru sampai berita itu terbit.";
        }
        Notes = notes;
    }
}
