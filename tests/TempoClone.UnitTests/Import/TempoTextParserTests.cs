using TempoClone.Web.Import;

namespace TempoClone.UnitTests.Import;

public class TempoTextParserTests
{
    private static readonly string SeedText =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seed-articles", "000_c684a5b33f7a4c1a.txt"));

    private static TempoText ParseOk(string text)
    {
        var result = TempoTextParser.Parse(text);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Article!;
    }

    private static ParseError ParseFails(string text)
    {
        var result = TempoTextParser.Parse(text);
        Assert.False(result.Succeeded);
        return Assert.Single(result.Errors);
    }

    private static IReadOnlyList<ParseError> WarningsOf(string text)
    {
        var result = TempoTextParser.Parse(text);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Warnings;
    }

    private const string Minimal = """
        Judul Berita Contoh

        Reporter

        Budi Santoso

        Senin, 4 September 2023 09:15 WIB

        Keterangan foto contoh di Jakarta. TEMPO/Subekti

        TEMPO.CO, Jakarta - Paragraf pertama berita.

        Paragraf kedua berita.

        ANTARA
        """;

    [Fact]
    public void Parse_SeedFile_ReadsTitleReporterAndDate()
    {
        var article = ParseOk(SeedText);

        Assert.Equal("Makin Mesra, Rusia Rayu Korea Utara Agar Mau Jual Amunisi", article.Title);
        Assert.Equal(["Tempo.co"], article.Reporters);
        Assert.Empty(article.Editors);
        Assert.Null(article.KanalName);
        // 17:06 WIB is 10:06 UTC.
        Assert.Equal(new DateTime(2023, 8, 31, 10, 6, 0, DateTimeKind.Utc), article.PublishedAtUtc);
    }

    [Fact]
    public void Parse_SeedFile_SplitsCaptionAndCredit()
    {
        var photo = ParseOk(SeedText).Photo!;

        Assert.StartsWith("Pemimpin Korea Utara Kim Jong Un berjabat tangan", photo.Caption);
        Assert.EndsWith("Kantor Berita Pusat Korea Utara (KCNA).", photo.Caption);
        Assert.Equal("KCNA melalui REUTERS", photo.Credit);
    }

    [Fact]
    public void Parse_SeedFile_ReadsBodyWithoutAdvertisingAndSourceLine()
    {
        var article = ParseOk(SeedText);

        Assert.StartsWith("TEMPO.CO, Jakarta - Hubungan antara Rusia dan Korea Utara kian dekat.", article.BodyParagraphs[0]);
        Assert.Equal(9, article.BodyParagraphs.Count);
        Assert.DoesNotContain("Advertising", article.BodyParagraphs);
        Assert.StartsWith("Di PBB, duta besar AS Linda Thomas-Greenfield", article.BodyParagraphs[^1]);
        Assert.Equal("REUTERS", article.SourceLine);
    }

    [Fact]
    public void Parse_SeedFile_ReadsEditorsPickAndRelatedStories()
    {
        var article = ParseOk(SeedText);

        Assert.Equal("RI Komentari Soal Peta Baru Cina yang Diprotes Malaysia hingga India", article.EditorsPickTitle);
        Assert.Equal(10, article.Related.Count);

        var first = article.Related[0];
        Assert.Equal("Adik Kim Jong Un Pastikan Tak ada Transfer Senjata dengan Rusia", first.Title);
        Assert.Equal(TimeSpan.FromHours(2), first.Age);
        Assert.StartsWith("Kim Yo Jong adik Kim Jong Un menyangkal", first.Summary);

        var last = article.Related[^1];
        Assert.Equal("Kepala Operasi Damai Cartenz Akui Ada Jual-Beli Amunisi Anggota TNI-Polri dan KKB Sepanjang 2021-2023", last.Title);
        Assert.Equal(TimeSpan.FromDays(4), last.Age);
        Assert.Equal([2, 23, 24, 24, 24, 24, 48, 48, 72, 96], article.Related.Select(r => (int)r.Age!.Value.TotalHours));
    }

    [Fact]
    public void Parse_MinimalFile_ReadsEveryPart()
    {
        var article = ParseOk(Minimal);

        Assert.Equal("Judul Berita Contoh", article.Title);
        Assert.Equal(["Budi Santoso"], article.Reporters);
        Assert.Equal(new DateTime(2023, 9, 4, 2, 15, 0, DateTimeKind.Utc), article.PublishedAtUtc);
        Assert.Equal(new PhotoText("Keterangan foto contoh di Jakarta.", "TEMPO/Subekti"), article.Photo);
        Assert.Equal(["TEMPO.CO, Jakarta - Paragraf pertama berita.", "Paragraf kedua berita."], article.BodyParagraphs);
        Assert.Equal("ANTARA", article.SourceLine);
        Assert.Null(article.EditorsPickTitle);
        Assert.Empty(article.Related);
    }

    [Fact]
    public void Parse_ReporterWithColonEditorAndKanalLines_ReadsLabels()
    {
        var text = Minimal.Replace("Reporter\n\nBudi Santoso", "Kanal: Nasional\nReporter: Budi Santoso, Sita Dewi\nEditor\nAndi Wijaya");

        var article = ParseOk(text);

        Assert.Equal("Nasional", article.KanalName);
        Assert.Equal(["Budi Santoso", "Sita Dewi"], article.Reporters);
        Assert.Equal(["Andi Wijaya"], article.Editors);
    }

    [Fact]
    public void Parse_WindowsLineEndingsBomAndExtraBlankLines_AreTolerated()
    {
        var text = "\uFEFF\r\n\r\n" + Minimal.Replace("\n", "\r\n\r\n\r\n") + "\r\n\r\n";

        var article = ParseOk(text);

        Assert.Equal("Judul Berita Contoh", article.Title);
        Assert.Equal(2, article.BodyParagraphs.Count);
    }

    [Fact]
    public void Parse_MissingReporterCaptionAndSource_StillReadsArticle()
    {
        var text = """
            Judul Tanpa Reporter
            Selasa, 5 September 2023 20:00 WIB
            Paragraf tanpa dateline, dan tanpa foto.
            Paragraf kedua yang diakhiri titik.
            """;

        var article = ParseOk(text);

        Assert.Empty(article.Reporters);
        Assert.Null(article.Photo);
        Assert.Equal("", article.SourceLine);
        Assert.Equal(2, article.BodyParagraphs.Count);
    }

    [Fact]
    public void Parse_DateWithoutWeekdayOrWib_IsRead()
    {
        var article = ParseOk(Minimal.Replace("Senin, 4 September 2023 09:15 WIB", "4 Sep 2023 09.15"));

        Assert.Equal(new DateTime(2023, 9, 4, 2, 15, 0, DateTimeKind.Utc), article.PublishedAtUtc);
    }

    [Fact]
    public void Parse_CaptionWithoutCredit_KeepsWholeCaption()
    {
        var article = ParseOk(Minimal.Replace("Keterangan foto contoh di Jakarta. TEMPO/Subekti", "Suasana sidang di gedung DPR, Jakarta, Senin."));

        Assert.Equal(new PhotoText("Suasana sidang di gedung DPR, Jakarta, Senin.", ""), article.Photo);
    }

    [Fact]
    public void Parse_PickAndRelatedWithoutReadMore_AreRead()
    {
        var text = Minimal + """

            Pilihan Editor: Judul Pilihan
            Berita terkait:
            Berita Satu
            baru saja
            Ringkasan satu.
            Berita Dua
            3 hari yang lalu
            Berita Dua
            Ringkasan dua.
            Baca Selengkapnya
            """;

        var article = ParseOk(text);

        Assert.Equal("Judul Pilihan", article.EditorsPickTitle);
        Assert.Equal(
            [new RelatedText("Berita Satu", TimeSpan.Zero, "Ringkasan satu."), new RelatedText("Berita Dua", TimeSpan.FromDays(3), "Ringkasan dua.")],
            article.Related);
    }

    [Theory]
    [InlineData("Foto udara banjir di Semarang. ANTARA/Aji Styawan", "Foto udara banjir di Semarang.", "ANTARA/Aji Styawan")]
    [InlineData("Presiden di Istana. Dok. Biro Pers Sekretariat Presiden", "Presiden di Istana.", "Dok. Biro Pers Sekretariat Presiden")]
    [InlineData("Warga menonton. Foto: REUTERS", "Warga menonton.", "REUTERS")]
    [InlineData("Satu kalimat saja tanpa kredit", "Satu kalimat saja tanpa kredit", "")]
    [InlineData("Kalimat pertama. Kalimat kedua yang panjang sekali dan jelas bukan kredit foto.", "Kalimat pertama. Kalimat kedua yang panjang sekali dan jelas bukan kredit foto.", "")]
    public void SplitCaption_SeparatesTrailingCredit(string text, string caption, string credit)
    {
        Assert.Equal(new PhotoText(caption, credit), TempoTextParser.SplitCaption(text));
    }
}
