using System.Text.RegularExpressions;

namespace TempoClone.Web.Import;

/// <summary>
/// Lines of a saved Tempo page that belong to the page, not the story: ad slots, subscription boxes, login
/// prompts, photo-viewer buttons, font controls, share buttons, footers. Each era has its own (docs/seed-format.md).
/// </summary>
public static partial class PageChrome
{
    /// <summary>Lines dropped wherever they appear.</summary>
    public static bool IsChrome(string line)
    {
        var text = BulletPattern().Replace(line, "").Trim();
        return Exact.Contains(text) || Exact.Contains(text.TrimEnd('.', ':', ' ')) || ChromePattern().IsMatch(text);
    }

    /// <summary>Where a paywalled (Tempo+) or cut page stops showing the story: nothing after it is body text.</summary>
    public static bool EndsStory(string line) => EndPattern().IsMatch(BulletPattern().Replace(line, "").Trim());

    /// <summary>The line a page shows where its photo is; the caption comes next (and "Perbesar" after the caption).</summary>
    public static bool IsImageMarker(string line) =>
        line.Trim() is var text && (text.Equals("image-gnews", StringComparison.OrdinalIgnoreCase) || text.Equals("Image of Tempo", StringComparison.OrdinalIgnoreCase));

    /// <summary>"Perbesar" (enlarge) follows the caption: what comes after it is not the caption.</summary>
    public static bool ClosesImage(string line) => line.Trim().Equals("Perbesar", StringComparison.OrdinalIgnoreCase);

    public static bool IsPaywall(string line) => EndsStory(line) && !line.Trim().Equals("Berita Lainnya", StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> Exact = new(StringComparer.OrdinalIgnoreCase)
    {
        // 2023 pages: ad slots between paragraphs.
        "Advertising", "Iklan", "Scroll untuk melanjutkan", "Scroll ke bawah untuk membaca berita", "Lanjutkan membaca",
        // Photo viewer and image placeholders (2020s).
        "Perbesar", "Image of Tempo", "image-gnews", "Logo", "Logo Tempo", "close", "Tutup", "Foto", "Video",
        // Font-size controls.
        "A", "A+", "A-", "A A A", "A- A A+", "Ukuran huruf", "Ukuran teks", "Ukuran font", "Font", "Normal", "Besar", "Kecil",
        // Share buttons.
        "Bagikan", "Salin tautan", "Salin link", "Facebook", "Twitter", "WhatsApp", "Telegram", "Line", "X", "copy",
        "URL berhasil dicopy", "Komentar", "Simpan",
        // Login and sign-up prompts (2020-2022 /read/ pages).
        "Lupa Kata Sandi? Klik di Sini", "atau Masuk melalui", "atau Daftar melalui", "Belum Memiliki Akun Daftar di Sini",
        "Sudah Memiliki Akun Masuk di Sini", "Konfirmasi Email", "Kirimkan Lagi Sekarang", "Jika Anda tidak menerima email,",
        "Jika Anda tidak menerima email",
        // Tempo+ labels and subscription benefits.
        "Berita Tempo Plus", "Tempo Plus", "Tempo+", "Lihat Benefit Lainnya", "Akses edisi mingguan dari Tahun 1971",
        "Akses penuh seluruh artikel Tempo+", "Baca dengan lebih sedikit gangguan iklan", "Fitur baca cepat di edisi Mingguan",
        "Anda Mendukung Independensi Jurnalisme Tempo", "Kami mengemas berita, dengan cerita",
        // Footer.
        "Unduh aplikasi Tempo", "Ikuti Media Sosial Kami", "Beranda Harian Mingguan Tempo Plus", "...", "…",
        // An empty "Baca juga:" whose link text did not survive the copy.
        "Baca juga", "Baca",
    };

    [GeneratedRegex(@"^(?:[-•*·]\s+)")]
    private static partial Regex BulletPattern();

    [GeneratedRegex(
        @"^(?:Baca berita dengan (?:sedikit|lebih sedikit) iklan.*" +
        @"|slot-iklan-\S*" +
        @"|(?-i:Logo [A-Z]{2,10})" +
        @"|(?:ads?|iklan)[-_ ]?(?:slot|banner|inline|\d).*" +
        @"|Kami telah mengirimkan link aktivasi.*" +
        @"|Klik link aktivasi.*" +
        @"|download tempo from .*" +
        @"|©\s*\d{4}\s+Tempo.*" +
        @"|Hak Cipta Dilindungi.*" +
        @"|Sudah Berlangganan\?.*" +
        @"|Manfaat berlangganan Tempo.*" +
        @"|(?:facebook|twitter|whatsapp|telegram|line|copy)(?:\s+(?:icon|facebook|twitter|whatsapp|telegram|line|copy))+" +
        @"|Dapatkan berita (?:terbaru|terkini).*(?:Google News|WhatsApp|Telegram).*" +
        @"|Ikuti (?:berita|saluran) Tempo.*(?:Google News|WhatsApp|Telegram).*" +
        @"|\d+\s+(?:views|dilihat)" +
        @")$",
        RegexOptions.IgnoreCase)]
    private static partial Regex ChromePattern();

    [GeneratedRegex(
        @"^(?:Berlangganan Tempo\+? untuk membaca.*|Berlangganan untuk (?:lanjutkan|melanjutkan) membaca.*|Berita Lainnya|Artikel ini khusus pelanggan.*)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex EndPattern();
}
