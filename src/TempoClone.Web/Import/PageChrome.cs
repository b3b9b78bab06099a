using System.Text.RegularExpressions;

namespace TempoClone.Web.Import;

/// <summary>
/// Lines of a saved Tempo page that belong to the page, not the story: ad slots, subscription boxes, login
/// prompts, photo-viewer buttons, font controls, share buttons, footers. Each era has its own (docs/seed-format.md).
/// </summary>
public static partial class PageChrome
{
    /// <summary>
    /// Lines dropped wherever they appear: the known labels of each era, and any line of a page-furniture shape —
    /// no letters at all (a lone "•"), a control with its buttons ("Ukuran Font: - +"), a call to click, follow,
    /// subscribe or download, an image's placeholder ("Image of …", "Logo …"), an ad slot, a list heading of the
    /// site's own ("More Articles", "Berita Terkini"), a label with a record number ("arsip tempo : 176349473240.").
    /// </summary>
    public static bool IsChrome(string line)
    {
        var text = BulletPattern().Replace(line.Trim(), "").Trim();
        return Exact.Contains(text) || Exact.Contains(text.TrimEnd('.', ':', ' ')) || ChromePattern().IsMatch(text)
            || !text.Any(char.IsLetterOrDigit) || ShapePattern().IsMatch(text) || IsCallToAction(text);
    }

    /// <summary>Where a paywalled (Tempo+) or cut page stops showing the story: nothing after it is body text.</summary>
    public static bool EndsStory(string line) => IsPaywall(line) || IsMoreStories(line);

    /// <summary>The site's list of other stories under the story ("Berita Lainnya", "More Articles").</summary>
    public static bool IsMoreStories(string line) => MoreStoriesPattern().IsMatch(BulletPattern().Replace(line.Trim(), "").Trim());

    // An imperative to the reader, short, naming where to go or what to press: "Click here to get the latest news
    // updates from Tempo on Google News", "Klik di sini untuk berlangganan", "Ikuti kanal WhatsApp Tempo".
    private static bool IsCallToAction(string text) =>
        text.Length <= 160 && CallVerbPattern().IsMatch(text) && CallTargetPattern().IsMatch(text) && !EndPattern().IsMatch(text)
        && (!text.EndsWith('.') || text.Length <= 90);

    /// <summary>The line a page shows where its photo is; the caption comes next (and "Perbesar" after the caption).</summary>
    public static bool IsImageMarker(string line) =>
        line.Trim() is var text && (text.Equals("image-gnews", StringComparison.OrdinalIgnoreCase) || text.Equals("Image of Tempo", StringComparison.OrdinalIgnoreCase));

    /// <summary>"Perbesar" (enlarge) follows the caption: what comes after it is not the caption.</summary>
    public static bool ClosesImage(string line) => line.Trim().Equals("Perbesar", StringComparison.OrdinalIgnoreCase);

    public static bool IsPaywall(string line) => EndPattern().IsMatch(BulletPattern().Replace(line.Trim(), "").Trim());

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

    [GeneratedRegex(@"^(?:[-•*·▪●]\s*(?=\S)|[•·▪●]$)")]
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
        @"^(?:Berlangganan Tempo\+? untuk membaca.*|Berlangganan untuk (?:lanjutkan|melanjutkan) membaca.*|Artikel ini khusus pelanggan.*" +
        @"|Subscribe (?:to|for) (?:continue|read|keep reading|unlock).*|This (?:article|story) is (?:only )?for (?:subscribers|Tempo\+? subscribers).*)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex EndPattern();

    [GeneratedRegex(@"^(?:Berita Lainnya|Artikel Lainnya|More Articles|Other Articles|More Stories|Read More Articles)$", RegexOptions.IgnoreCase)]
    private static partial Regex MoreStoriesPattern();

    [GeneratedRegex(
        @"^(?:[\p{L} ]{1,24}:?\s*(?:[-+−–]\s*){1,3}" +                       // a control and its buttons: "Ukuran Font: - +"
        @"|(?:Image|Picture|Photo|Gambar) (?:of|dari) .{1,40}" +               // an image's placeholder text
        @"|Logo(?: Tempo| TEMPO)?(?: English| Plus| Interaktif| Foto)?" +
        @"|(?:advertisement|sponsored(?: content)?|konten bersponsor|ADVERTISEMENT)" +
        @"|scroll (?:to|untuk|ke) .{0,40}" +
        @"|(?:Berita Terkini|Terpopuler|Berita Terpopuler|Most Popular|Popular|Latest News|Read Next|Recommended(?: for you)?|Rekomendasi(?: untuk Anda)?)(?: TEMPO\.CO| Tempo)?" +
        @"|[\p{L} .]{1,30}\s*:\s*\d{8,}\.?" +                                // "arsip tempo : 176349473240."
        @"|(?:Komentar|Comments?)\s*\(?\d*\)?" +
        @")$",
        RegexOptions.IgnoreCase)]
    private static partial Regex ShapePattern();

    [GeneratedRegex(@"^(?:Click|Klik|Tap|Ketuk|Subscribe|Berlangganan(?:lah)?|Download|Unduh|Follow|Ikuti|Dapatkan|Get|Join|Gabung|Sign (?:in|up)|Log ?in|Share|Bagikan|Simak (?:berita|update|informasi)|Baca (?:berita|artikel) (?:lainnya|terbaru|dengan))\b", RegexOptions.IgnoreCase)]
    private static partial Regex CallVerbPattern();

    [GeneratedRegex(@"\b(?:di ?sini|here|Google News|WhatsApp|Telegram|Instagram|Facebook|YouTube|TikTok|newsletter|aplikasi|app|Tempo(?:\.co)?|updates?|berlangganan|subscribe|tautan|link|channel|saluran|kanal)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CallTargetPattern();
}
