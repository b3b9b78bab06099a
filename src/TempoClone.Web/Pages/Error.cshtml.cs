using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TempoClone.Web.Pages;

/// <summary>The Indonesian error page for status codes (404, 400, …) and unhandled exceptions; never shows details.</summary>
[IgnoreAntiforgeryToken]
public class ErrorModel : PageModel
{
    public int Code { get; private set; }
    public string Heading { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    public void OnGet(int? code) => Describe(code);

    // CASE: a failed POST is re-executed here as a POST; it gets the same page.
    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        Code = code is >= 400 and <= 599 ? code.Value : 404;
        Response.StatusCode = Code;
        (Heading, Explanation) = Code switch
        {
            404 => ("Halaman tidak ditemukan", "Halaman yang Anda cari tidak ada atau sudah dipindahkan."),
            400 => ("Permintaan tidak valid", "Permintaan Anda tidak dapat diproses. Periksa kembali alamat atau isian Anda."),
            403 => ("Akses ditolak", "Anda tidak memiliki izin untuk membuka halaman ini."),
            405 => ("Metode tidak diizinkan", "Halaman ini tidak menerima permintaan seperti itu."),
            429 => ("Terlalu banyak permintaan", "Tunggu sebentar, lalu coba lagi."),
            _ when Code >= 500 => ("Terjadi kesalahan", "Maaf, terjadi kesalahan di server kami. Silakan coba lagi nanti."),
            _ => ("Permintaan tidak dapat dipenuhi", "Silakan kembali ke beranda."),
        };
    }
}
