using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TempoClone.Web.Domain;
using TempoClone.Web.Import;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages;

/// <summary>
/// Staff paste or upload a Tempo page text. What is recognised is imported as a draft to review; what is not is
/// listed (and logged) line by line. What the import may do is the user's <see cref="StaffAccess.ImportRights"/>.
/// </summary>
public class ImportModel(ArticleImporter importer, StaffWorkLimits limits, ILogger<ImportModel> log) : PageModel
{
    public const int MaxBytes = 512 * 1024;

    [BindProperty, StringLength(MaxBytes, ErrorMessage = "Teks terlalu panjang."), Display(Name = "Tempel teks artikel")]
    public string? Text { get; set; }

    [BindProperty] public IFormFile? Upload { get; set; }

    /// <summary>The page's address, when the text does not carry it: sets the source, the Tempo id, the kanal and the language.</summary>
    [BindProperty, StringLength(Article.SourceUrlMaxLength, ErrorMessage = "Alamat paling panjang {1} karakter."), Display(Name = "Alamat halaman (bila tidak ada di teks)")]
    public string? Address { get; set; }

    /// <summary>The story's date when the text has none (an archive page without a date line); without it the draft waits for one.</summary>
    [BindProperty, StringLength(24), Display(Name = "Tanggal terbit (WIB), bila teks tidak memuatnya")]
    public string? PublishAt { get; set; }

    /// <summary>Why the text was refused (no title, no body), by line.</summary>
    public IReadOnlyList<ParseError> Problems { get; private set; } = [];

    /// <summary>What was skipped, by line, when the text was imported anyway.</summary>
    public IReadOnlyList<ParseError> Warnings { get; private set; } = [];

    /// <summary>Page furniture set aside and choices the parser made (default kanal, a day without a time), by line.</summary>
    public IReadOnlyList<ParseError> Notices { get; private set; } = [];

    public ImportOutcome? Outcome { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!limits.TryImport(User.Identity!.Name!))
        {
            log.LogWarning("Import refused for {User}: too many this minute", User.Identity!.Name);
            ModelState.AddModelError("", StaffWorkLimits.TooManyImports);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        var source = "teks tempelan";
        if (Upload is not null)
        {
            source = Path.GetFileName(Upload.FileName);
            if (Upload.Length > MaxBytes) ModelState.AddModelError(nameof(Upload), "Berkas lebih dari 512 KB.");
            else
            {
                using var content = new StreamReader(Upload.OpenReadStream(), new UTF8Encoding(false));
                Text = await content.ReadToEndAsync();
            }
        }
        if (string.IsNullOrWhiteSpace(Text)) ModelState.AddModelError(nameof(Text), "Tempel teks atau pilih berkas .txt.");
        if (!string.IsNullOrWhiteSpace(Address) && !PageAddress.IsAddressLine(Address))
            ModelState.AddModelError(nameof(Address), "Alamat halaman perlu berbentuk https://… atau tempo.co/….");
        var typedDate = string.IsNullOrWhiteSpace(PublishAt) ? null : JakartaTime.ParseInput(PublishAt);
        if (!string.IsNullOrWhiteSpace(PublishAt) && typedDate is null)
            ModelState.AddModelError(nameof(PublishAt), "Tanggal terbit tidak terbaca. Tulis " + JakartaTime.ArchiveTimeHint + ".");
        if (!ModelState.IsValid) return Page();

        var result = TempoTextParser.Parse(Text!, string.IsNullOrWhiteSpace(Address) ? null : Address);
        Warnings = result.Warnings;
        Notices = result.Notices;
        foreach (var warning in result.Warnings)
            log.LogWarning("Import of {ImportSource} by {User} line {Line}: {Problem}", source, User.Identity!.Name, warning.Line, warning.Message);
        if (!result.Succeeded)
        {
            Problems = result.Errors;
            foreach (var error in result.Errors)
                log.LogWarning("Import of {ImportSource} by {User} refused, line {Line}: {Problem}", source, User.Identity!.Name, error.Line, error.Message);
            ModelState.AddModelError("", "Teks tidak dapat diimpor. " + string.Join(" ", result.Errors.Select(e => $"Baris {e.Line}: {e.Message}.")));
            return Page();
        }

        // CASE: the page's own date wins; the typed one is for a page without a date.
        var text = result.Article! is { PublishedAtUtc: null } undated && typedDate is not null ? undated with { PublishedAtUtc = typedDate } : result.Article!;
        Outcome = await importer.ImportAsync(text, ArticleImporter.SourceKeyFor(text), User.ImportRights(), ArticleStatus.Draft);
        log.LogInformation("Import of {ImportSource} by {User}: {ImportResult} article {ArticleId} with {WarningCount} warnings",
            source, User.Identity!.Name, Outcome.Result, Outcome.Article?.Id, Warnings.Count);
        if (Outcome.Result == ImportResult.Refused)
        {
            ModelState.AddModelError("", Outcome.Notes[0]);
            return Page();
        }

        // CASE: nothing to report: straight to the draft, as before; otherwise the report stays on this page.
        if (Warnings.Count == 0 && Outcome.Notes.Count == 0)
        {
            TempData["Message"] = (Outcome.Result == ImportResult.Updated
                ? "Artikel diperbarui dari teks impor. Periksa perubahannya di Riwayat revisi."
                : "Diimpor sebagai draf. Periksa lalu terbitkan.") + NoticeSummary(Outcome.Article!);
            return Redirect($"/editor/articles/edit/{Outcome.Article!.Id}");
        }
        ModelState.Clear();
        Text = null;
        return Page();
    }

    // CASE: straight to the draft, the notices still reach the editor in one sentence: the kanal chosen, what was left out.
    private string NoticeSummary(Article article)
    {
        var furniture = Notices.Count(n => n.Message.StartsWith("perabot halaman", StringComparison.Ordinal));
        var kanal = Notices.Any(n => n.Message.StartsWith("kanal tidak ditemukan", StringComparison.Ordinal))
            ? $" Kanal tidak ditemukan di teks; dipakai kanal bawaan {article.Kanal?.Name}." : "";
        return kanal + (furniture > 0 ? $" {furniture} baris perabot halaman dibuang." : "");
    }
}
