using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Pages.Shared;
using TempoClone.Web.Pages.Popularity;

namespace TempoClone.Web.Pages;

/// <summary>The Indonesian error page for status codes (404, 400, …) and unhandled exceptions; never shows details.</summary>
[IgnoreAntiforgeryToken]
public class ErrorModel(TempoDbContext db, MostRead mostRead, TimeProvider clock) : PageModel
{
    private const int SuggestionCount = MostRead.Count;

    public int Code { get; private set; }
    public string Heading { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    /// <summary>For a 404 only: stories to go on with (the most read, or the newest when nothing was read yet) and the kanal.</summary>
    public IReadOnlyList<StoryCard> Suggestions { get; private set; } = [];
    public bool SuggestionsAreMostRead { get; private set; }
    public IReadOnlyList<KanalListItem> Kanals { get; private set; } = [];
    public DateTime NowUtc { get; private set; }

    public Task OnGetAsync(int? code) => DescribeAsync(code);

    // CASE: a failed POST is re-executed here as a POST; it gets the same page.
    public Task OnPostAsync(int? code) => DescribeAsync(code);

    private async Task DescribeAsync(int? code)
    {
        Code = code is >= 400 and <= 599 ? code.Value : 404;
        Response.StatusCode = Code;
        (Heading, Explanation) = Code switch
        {
            404 => ("Halaman tidak ditemukan", "Halaman yang Anda cari tidak ada atau sudah dipindahkan. Coba cari beritanya, atau mulai dari berita yang banyak dibaca."),
            400 => ("Permintaan tidak valid", "Permintaan Anda tidak dapat diproses. Periksa kembali alamat atau isian Anda."),
            403 => ("Akses ditolak", "Anda tidak memiliki izin untuk membuka halaman ini."),
            405 => ("Metode tidak diizinkan", "Halaman ini tidak menerima permintaan seperti itu."),
            413 => ("Kiriman terlalu besar", "Berkas atau isian yang Anda kirim melebihi batas ukuran. Foto paling besar 10 MB; perkecil berkasnya, lalu coba lagi."),
            410 => ("Tautan sudah kedaluwarsa", "Tautan pratinjau ini hanya berlaku sementara: masa berlakunya sudah habis, atau berita itu sudah diterbitkan, ditarik atau dihapus sejak tautan dibuat. Minta tautan baru kepada redaksi."),
            429 => ("Terlalu banyak permintaan", "Tunggu sebentar, lalu coba lagi."),
            _ when Code >= 500 => ("Terjadi kesalahan", "Maaf, terjadi kesalahan di server kami. Silakan coba lagi nanti."),
            _ => ("Permintaan tidak dapat dipenuhi", "Silakan kembali ke beranda."),
        };
        // CASE: other errors (a 500 may come from the database itself) stay a page that needs nothing.
        if (Code == 404) await SuggestAsync();
    }

    private async Task SuggestAsync()
    {
        NowUtc = clock.GetUtcNow().UtcDateTime;
        Suggestions = await mostRead.WeekAsync();
        SuggestionsAreMostRead = Suggestions.Count > 0;
        if (!SuggestionsAreMostRead)
            Suggestions = await db.Articles.AsNoTracking().Published(NowUtc).WithFullText().NewestFirst()
                .Take(SuggestionCount).Select(StoryCard.FromArticle).ToListAsync();
        Kanals = await db.LiveKanalListAsync(NowUtc);
    }
}
