using TempoClone.TestFixtures;
using TempoClone.Web.Import;

namespace TempoClone.UnitTests.Import;

/// <summary>One test per rule of docs/seed-format.md, on texts written for the test, plus every fixture of tests/fixtures/tempo-pages.</summary>
public class TempoTextShapesTests
{
    private const string Body = """
        TEMPO.CO, Jakarta - Paragraf pertama berita contoh.

        Paragraf kedua berita contoh.
        """;

    private static TempoText ParseOk(string text, out IReadOnlyList<ParseError> warnings)
    {
        var result = TempoTextParser.Parse(text);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        warnings = result.Warnings;
        return result.Article!;
    }

    private static TempoText ParseOk(string text) => ParseOk(text, out _);

    private static string Page(string header, string body = Body, string tail = "") => header + "\n" + body + "\n" + tail;

    public static TheoryData<TempoPageFixture> Fixtures => new(TempoPageFixtures.All);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_EveryFixture_PutsEveryPartInItsPlace(TempoPageFixture fixture)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "tempo-pages", fixture.File));

        var article = ParseOk(text, out var warnings);

        Assert.Equal(fixture.Title, article.Title);
        Assert.Equal(fixture.Reporters, article.Reporters);
        Assert.Equal(fixture.Editors, article.Editors);
        Assert.Equal(fixture.PublishedAtUtc, article.PublishedAtUtc);
        Assert.Equal(fixture.Caption, article.Photo?.Caption);
        Assert.Equal(fixture.Credit, article.Photo?.Credit);
        Assert.Equal(fixture.SubHeads, article.Body.OfType<SubHead>().Select(h => h.Text));
        Assert.Equal(fixture.ReadAlso, article.Body.OfType<ReadAlso>().Select(r => r.Text));
        Assert.Equal(fixture.SourceLine, article.SourceLine);
        Assert.Equal(fixture.Pick, article.EditorsPickTitle);
        Assert.Equal(fixture.Related, article.Related.Select(r => r.Title));
        Assert.StartsWith(fixture.LastParagraphStart, article.Body.OfType<Paragraph>().Last().Text);
        if (fixture.DeckStart is not null) Assert.StartsWith(fixture.DeckStart, article.Deck);
        Assert.True(warnings.Count >= fixture.MinWarnings, $"{warnings.Count} warnings");
        foreach (var chrome in TempoPageFixtures.Chrome)
        {
            Assert.DoesNotContain(article.BodyParagraphs, p => p.Contains(chrome, StringComparison.Ordinal));
            Assert.DoesNotContain(chrome, article.Photo?.Caption ?? "", StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("nasional", "Nasional")]
    [InlineData("info tempo", "Info Tempo")]
    [InlineData("Olahraga", "Olahraga")]
    [InlineData("Kanal: Metro", "Metro")]
    public void Parse_KanalLineBeforeTitle_IsTheKanal(string line, string kanal)
    {
        var article = ParseOk(Page($"{line}\nJudul Berita Kanal\nRabu, 6 September 2023 10:00 WIB"));

        Assert.Equal(kanal, article.KanalName);
        Assert.Equal("Judul Berita Kanal", article.Title);
    }

    [Fact]
    public void Parse_LineBetweenTitleAndDate_IsTheDeck()
    {
        var article = ParseOk(Page("Judul Berita\nRingkasan yang ditulis redaksi di bawah judul.\n20 Februari 2025 | 08.16 WIB"));

        Assert.Equal("Ringkasan yang ditulis redaksi di bawah judul.", article.Deck);
    }

    [Theory]
    [InlineData("Reporter: Sita Dewi, Budi Santoso\nEditor: Andi Wijaya")]
    [InlineData("Reporter:\nSita Dewi, Budi Santoso\nEditor\nAndi Wijaya")]
    [InlineData("Reporter\nSita Dewi; Budi Santoso\nEditor Andi Wijaya")]
    [InlineData("Penulis: Sita Dewi | Budi Santoso\nPenyunting: Andi Wijaya")]
    [InlineData("Penulis: Sita Dewi, Budi Santoso | Editor: Andi Wijaya")]
    public void Parse_BylineLabels_WithOrWithoutColonSameOrNextLine(string labels)
    {
        var article = ParseOk(Page("Judul Berita\n" + labels + "\nRabu, 6 September 2023 10:00 WIB"));

        Assert.Equal(["Sita Dewi", "Budi Santoso"], article.Reporters);
        Assert.Equal(["Andi Wijaya"], article.Editors);
    }

    [Fact]
    public void Parse_EmptyLabels_AreSkipped()
    {
        var article = ParseOk(Page("Judul Berita\nReporter\nEditor\nRabu, 6 September 2023 10:00 WIB"));

        Assert.Empty(article.Reporters);
        Assert.Empty(article.Editors);
    }

    [Fact]
    public void Parse_BylinesAtTheEndOfTheBody_AreBylinesNotText()
    {
        var article = ParseOk(Page("Judul Berita\nRabu, 6 September 2023 10:00 WIB", Body + "\nReporter: Nadia Putri\nEditor: Hendra Gunawan"));

        Assert.Equal(["Nadia Putri"], article.Reporters);
        Assert.Equal(["Hendra Gunawan"], article.Editors);
        Assert.Equal(2, article.Body.Count);
    }

    [Theory]
    [InlineData("Kamis, 31 Agustus 2023 17:06 WIB", 2023, 8, 31, 10, 6)]
    [InlineData("20 Februari 2025 | 08.16 WIB", 2025, 2, 20, 1, 16)]
    [InlineData("Selasa, 05 Juni 2012 | 14:25 WIB", 2012, 6, 5, 7, 25)]
    [InlineData("Jumat, 15 Maret 2019 07:30", 2019, 3, 15, 0, 30)]
    [InlineData("4 Sep 2023 09.15", 2023, 9, 4, 2, 15)]
    [InlineData("Senin, 30 Maret 2020", 2020, 3, 29, 17, 0)]
    [InlineData("12 Oktober 2015 | 00.00 WIB", 2015, 10, 11, 17, 0)]
    public void Parse_DateLineOfEachEra_IsJakartaTime(string dateLine, int year, int month, int day, int hour, int minute)
    {
        var article = ParseOk(Page("Judul Berita\n" + dateLine));

        Assert.Equal(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc), article.PublishedAtUtc);
    }

    [Fact]
    public void Parse_NoDateAtAll_ImportsAndWarns()
    {
        var article = ParseOk(Page("Judul Tanpa Tanggal"), out var warnings);

        Assert.Null(article.PublishedAtUtc);
        Assert.Equal(2, article.Body.Count);
        Assert.Contains(warnings, w => w.Message.Contains("tanggal tidak ditemukan"));
    }

    [Fact]
    public void Parse_ImpossibleDate_ImportsAndNamesTheLine()
    {
        var article = ParseOk(Page("Judul Berita\nSenin, 31 Februari 2023 09:15 WIB"), out var warnings);

        Assert.Null(article.PublishedAtUtc);
        var warning = Assert.Single(warnings);
        Assert.Equal(2, warning.Line);
        Assert.Contains("31 Februari 2023", warning.Message);
    }

    [Theory]
    [InlineData("Advertising")]
    [InlineData("Iklan")]
    [InlineData("slot-iklan-3")]
    [InlineData("Baca berita dengan sedikit iklan, klik di sini")]
    [InlineData("Baca berita dengan sedikit iklan, klik disini")]
    [InlineData("A+")]
    [InlineData("Perbesar")]
    [InlineData("Image of Tempo")]
    [InlineData("image-gnews")]
    [InlineData("Scroll ke bawah untuk membaca berita")]
    [InlineData("Lupa Kata Sandi? Klik di Sini")]
    [InlineData("- Akses edisi mingguan dari Tahun 1971")]
    [InlineData("© 2024 Tempo - Hak Cipta Dilindungi Hukum")]
    [InlineData("Baca Juga:")]
    public void Parse_PageChromeAnywhere_IsDroppedSilently(string chrome)
    {
        var text = Page($"{chrome}\nJudul Berita\n{chrome}\nRabu, 6 September 2023 10:00 WIB\n{chrome}",
            $"TEMPO.CO, Jakarta - Paragraf pertama.\n{chrome}\nParagraf kedua.\n{chrome}");

        var article = ParseOk(text, out var warnings);

        Assert.Equal("Judul Berita", article.Title);
        Assert.Equal(["TEMPO.CO, Jakarta - Paragraf pertama.", "Paragraf kedua."], article.BodyParagraphs);
        Assert.Null(article.Photo);
        Assert.Empty(warnings);
    }

    [Theory]
    [InlineData("Warga antre di posko. TEMPO/Subekti", "Warga antre di posko.", "TEMPO/Subekti")]
    [InlineData("Warga antre di posko. Tempo/Budi Santoso", "Warga antre di posko.", "Tempo/Budi Santoso")]
    [InlineData("Warga antre di posko. ANTARA FOTO/Galih Pradana", "Warga antre di posko.", "ANTARA FOTO/Galih Pradana")]
    [InlineData("Warga antre di posko. REUTERS/Jane Doe", "Warga antre di posko.", "REUTERS/Jane Doe")]
    [InlineData("Warga antre di posko. AP Photo/John Roe", "Warga antre di posko.", "AP Photo/John Roe")]
    [InlineData("Foto selebaran dari kantor berita (KCNA). KCNA melalui REUTERS", "Foto selebaran dari kantor berita (KCNA).", "KCNA melalui REUTERS")]
    [InlineData("Unggahan di media sosial. X melalui REUTERS", "Unggahan di media sosial.", "X melalui REUTERS")]
    [InlineData("Rapat di istana. Foto: Humas Setneg/Rina Amalia", "Rapat di istana.", "Humas Setneg/Rina Amalia")]
    [InlineData("Warga antre di posko TEMPO/Subekti", "Warga antre di posko", "TEMPO/Subekti")]
    public void Parse_CaptionWithCreditOfAnyForm_StoresBothOnceSeparately(string captionLine, string caption, string credit)
    {
        var text = Page($"Judul Berita\nRabu, 6 September 2023 10:00 WIB\n{captionLine}\nPerbesar\n{captionLine}");

        var article = ParseOk(text);

        Assert.Equal(new PhotoText(caption, credit), article.Photo);
        Assert.DoesNotContain(article.BodyParagraphs, p => p.Contains(credit, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ImageAltRepeatingTheTitle_IsNoCaption()
    {
        var article = ParseOk(Page("Judul Berita\nRabu, 6 September 2023 10:00 WIB\nJudul Berita"));

        Assert.Null(article.Photo);
        Assert.DoesNotContain("Judul Berita", article.BodyParagraphs);
    }

    [Theory]
    [InlineData("Baca juga: Banjir Rob Meluas ke Permukiman Nelayan")]
    [InlineData("Baca Juga : Banjir Rob Meluas ke Permukiman Nelayan")]
    [InlineData("Baca: Banjir Rob Meluas ke Permukiman Nelayan")]
    public void Parse_BacaJuga_IsALinkNotBodyText(string line)
    {
        var article = ParseOk(Page("Judul Berita\nRabu, 6 September 2023 10:00 WIB", Body + "\n" + line + "\nParagraf ketiga."));

        Assert.Equal(new ReadAlso("Banjir Rob Meluas ke Permukiman Nelayan"), article.Body[2]);
        Assert.Equal(["Banjir Rob Meluas ke Permukiman Nelayan"], article.NamedStoryTitles);
    }

    [Fact]
    public void Parse_NumberedSubHeads_AreHeadingsButNumberedSentencesStayText()
    {
        var body = Body + "\n1. Panen Raya di Delta\nIsi bagian pertama yang panjang.\n2.Festival Kembali Digelar?\nIsi bagian kedua yang panjang.\n3. Ini kalimat bernomor biasa.";

        var article = ParseOk(Page("Judul Berita\nRabu, 6 September 2023 10:00 WIB", body));

        Assert.Equal(["1. Panen Raya di Delta", "2.Festival Kembali Digelar?"], article.Body.OfType<SubHead>().Select(h => h.Text));
        Assert.IsType<Paragraph>(article.Body[^1]);
    }

    [Fact]
    public void Parse_BoldSubHead_ShortLineBeforeLongerParagraph_IsAHeading()
    {
        var body = Body + "\nDirancang Bersama Warga\nRancangan gedung dibahas bersama orang tua murid.\n\"Kami senang sekali,\" kata dia.\nPenutup paragraf terakhir berita.";

        var article = ParseOk(Page("Judul Berita\nRabu, 6 September 2023 10:00 WIB", body));

        Assert.Equal(["Dirancang Bersama Warga"], article.Body.OfType<SubHead>().Select(h => h.Text));
    }

    [Theory]
    [InlineData("REUTERS")]
    [InlineData("AL JAZEERA | REUTERS")]
    [InlineData("RINA WIDURI")]
    [InlineData("DIMAS PRAKOSO | ANTARA")]
    [InlineData("Sita Dewi | Andi Wijaya")]
    [InlineData("(ANT)")]
    [InlineData("Sumber: Reuters")]
    public void Parse_ClosingInitialsOrWireLine_IsKeptAsTheSourceLine(string closing)
    {
        var article = ParseOk(Page("Judul Berita\nRabu, 6 September 2023 10:00 WIB", Body + "\n" + closing));

        Assert.Equal(closing, article.SourceLine);
        Assert.Equal(2, article.Body.Count);
    }

    [Theory]
    [InlineData("Pilihan Editor: Judul Pilihan Redaksi")]
    [InlineData("Pilihan editor:\nJudul Pilihan Redaksi")]
    public void Parse_PilihanEditor_SameOrNextLine_IsThePick(string lines)
    {
        var article = ParseOk(Page("Judul Berita\nRabu, 6 September 2023 10:00 WIB", Body + "\n" + lines));

        Assert.Equal("Judul Pilihan Redaksi", article.EditorsPickTitle);
        Assert.Equal(2, article.Body.Count);
    }

    [Fact]
    public void Parse_RelatedItemsWithRelativeTimesAndDates_KeepTheirTimes()
    {
        var tail = """
            Berita terkait
            Berita Satu
            5 menit lalu
            Ringkasan satu.
            Baca Selengkapnya
            Berita Dua
            18 Februari 2025 | 10.00 WIB
            Berita Dua
            Baca Selengkapnya
            Berita Tiga
            Senin, 5 Desember 2016
            Ringkasan tiga.
            """;

        var related = ParseOk(Page("Judul Berita\nRabu, 6 September 2023 10:00 WIB", Body, tail)).Related;

        Assert.Equal(
            [
                new RelatedText("Berita Satu", TimeSpan.FromMinutes(5), "Ringkasan satu."),
                new RelatedText("Berita Dua", null, "", new DateTime(2025, 2, 18, 3, 0, 0, DateTimeKind.Utc)),
                new RelatedText("Berita Tiga", null, "Ringkasan tiga.", new DateTime(2016, 12, 4, 17, 0, 0, DateTimeKind.Utc)),
            ],
            related);
    }

    [Fact]
    public void RelatedText_PublishedAt_RelativeFromImportDateAsIsNoneFromArticle()
    {
        var import = new DateTime(2026, 1, 10, 12, 0, 0, DateTimeKind.Utc);
        var article = new DateTime(2023, 9, 6, 3, 0, 0, DateTimeKind.Utc);

        Assert.Equal(import.AddHours(-2), new RelatedText("A", TimeSpan.FromHours(2), "").PublishedAt(import, article));
        Assert.Equal(new DateTime(2025, 2, 18, 3, 0, 0, DateTimeKind.Utc), new RelatedText("B", null, "", new DateTime(2025, 2, 18, 3, 0, 0, DateTimeKind.Utc)).PublishedAt(import, article));
        Assert.Equal(article, new RelatedText("C", null, "").PublishedAt(import, article));
    }

    [Fact]
    public void Parse_RelatedItemCutOffAtTheEnd_IsKeptAndReported()
    {
        var article = ParseOk(Page("Judul Berita\nRabu, 6 September 2023 10:00 WIB", Body, "Berita terkait\nBerita Satu\n2 jam lalu\nBaca Selengkapnya\nBerita Yang Terpo"), out var warnings);

        Assert.Equal(["Berita Satu", "Berita Yang Terpo"], article.Related.Select(r => r.Title));
        var warning = Assert.Single(warnings);
        Assert.Contains("terpotong", warning.Message);
    }

    [Fact]
    public void Parse_BodyCutOffMidSentence_IsImportedAndReported()
    {
        var article = ParseOk(Page("Judul Berita\nRabu, 6 September 2023 10:00 WIB", "TEMPO.CO, Jakarta - Paragraf pertama.\nParagraf kedua yang berhenti di tengah"), out var warnings);

        Assert.Equal("Paragraf kedua yang berhenti di tengah", article.BodyParagraphs[^1]);
        Assert.Contains(warnings, w => w.Message.Contains("terpotong") && w.Line == 4);
    }

    [Fact]
    public void Parse_UnknownLineBeforeTheBody_IsSkippedWithItsLine()
    {
        var article = ParseOk(Page("Judul Berita\nRingkasan.\nBaris aneh yang tidak dikenal\nRabu, 6 September 2023 10:00 WIB"), out var warnings);

        Assert.Equal("Ringkasan.", article.Deck);
        var warning = Assert.Single(warnings);
        Assert.Equal(3, warning.Line);
        Assert.Contains("Baris aneh", warning.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Advertising\nPerbesar\n")]
    public void Parse_NoTitle_IsRefusedSayingSo(string text)
    {
        var result = TempoTextParser.Parse(text);

        Assert.False(result.Succeeded);
        Assert.Contains("judul tidak ditemukan", Assert.Single(result.Errors).Message);
    }

    [Theory]
    [InlineData("Judul Saja\nRabu, 6 September 2023 10:00 WIB\nAdvertising\n")]
    [InlineData("Judul Saja\n")]
    public void Parse_NoBody_IsRefusedSayingSo(string text)
    {
        var result = TempoTextParser.Parse(text);

        Assert.False(result.Succeeded);
        Assert.Contains("isi berita tidak ditemukan", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Parse_OverlongTitle_IsCutAndReported()
    {
        var article = ParseOk(Page(new string('x', 400) + " judul\nRabu, 6 September 2023 10:00 WIB"), out var warnings);

        Assert.True(article.Title.Length <= 300);
        Assert.Contains(warnings, w => w.Message.Contains("judul"));
    }

    [Theory]
    [InlineData("https://dunia.tempo.co/read/1616183/judul-berita", "1616183")]
    [InlineData("http://www.tempo.co/read/news/2012/06/05/083408811/judul-berita", "083408811")]
    [InlineData("https://www.tempo.co/amp/1234567/judul-berita", "1234567")]
    [InlineData("https://www.tempo.co/ekonomi/judul-berita-panjang-347741", "347741")]
    [InlineData("Bukan alamat tempo.co sama sekali", null)]
    public void TempoIdIn_AddressOfEachEra_GivesTheId(string line, string? id)
    {
        Assert.Equal(id, TempoTextParser.TempoIdIn(line));
    }

    [Fact]
    public void FromBlocks_SubHeadAndBacaJuga_BecomeHeadingAndLink()
    {
        BodyBlock[] blocks = [new Paragraph("Paragraf *satu*."), new SubHead("1. Bagian Pertama"), new ReadAlso("Berita Lain"), new ReadAlso("Tak Dikenal")];

        var markdown = PlainTextMarkdown.FromBlocks(blocks, title => title == "Berita Lain" ? "/nasional/berita-lain-7" : null);

        Assert.Equal("Paragraf \\*satu\\*.\n\n### 1\\. Bagian Pertama\n\n**Baca juga:** [Berita Lain](/nasional/berita-lain-7)\n\n**Baca juga:** Tak Dikenal", markdown);
    }

    [Fact]
    public void Parse_RubricAboveTitle_IsTheKanalAndTheNextLineTheTitle()
    {
        var article = ParseOk(Page("Surat Dari Redaksi\nTim Liputan Pekan Ini\nSiapa saja yang menulis laporan utama pekan ini.\n12 Maret 1988 | 00.00 WIB"));

        Assert.Equal("Surat Dari Redaksi", article.KanalName);
        Assert.Equal("Tim Liputan Pekan Ini", article.Title);
        Assert.Equal("Siapa saja yang menulis laporan utama pekan ini.", article.Deck);
    }

    [Fact]
    public void Parse_NameAloneBetweenDeckAndDate_IsTheReporter()
    {
        var article = ParseOk(Page("Judul Koran\nRingkasan di bawah judul.\nGalih Saputra\nSenin, 30 Maret 2020"), out var warnings);

        Assert.Equal(["Galih Saputra"], article.Reporters);
        Assert.Empty(warnings);
    }

    [Fact]
    public void Parse_NoDatelineButALineUnderTheImage_ThatLineIsTheCaption()
    {
        var article = ParseOk("Judul Berita\nimage-gnews\nIklan\nWarga di dermaga. (Instagram: @akun)\nParagraf pertama.\nParagraf kedua.");

        Assert.Equal("Warga di dermaga. (Instagram: @akun)", article.Photo?.Caption);
        Assert.Equal(["Paragraf pertama.", "Paragraf kedua."], article.BodyParagraphs);
    }

    [Fact]
    public void Parse_LineAfterPerbesar_IsBodyNotCaption()
    {
        var article = ParseOk("Judul Berita\n12 Maret 1988 | 00.00 WIB\nImage of Tempo\nPerbesar\nParagraf pertama.\nParagraf kedua.");

        Assert.Null(article.Photo);
        Assert.Equal(["Paragraf pertama.", "Paragraf kedua."], article.BodyParagraphs);
    }

    [Theory]
    [InlineData("TEMPO.CO, Jakarta - Banjir rob datang lagi.", "Banjir rob datang lagi.")]
    [InlineData("TEMPO.CO , Jakarta - Banjir rob datang lagi.", "Banjir rob datang lagi.")]
    [InlineData("TEMPO Interaktif, Jakarta: Banjir rob datang lagi.", "Banjir rob datang lagi.")]
    [InlineData("TEMPO.CO, JakartaTop 3 dunia hari ini.", "Top 3 dunia hari ini.")]
    [InlineData("Paragraf tanpa dateline - dengan tanda pisah.", "Paragraf tanpa dateline - dengan tanda pisah.")]
    public void WithoutDateline_EachEra_LeavesTheText(string paragraph, string text)
    {
        Assert.Equal(text, TempoTextParser.WithoutDateline(paragraph));
    }

    [Fact]
    public void Parse_NoDateButDatelineAndACaptionUnderTheImage_CaptionIsNotTheDeck()
    {
        var article = ParseOk("Judul Berita\nimage-gnews\nWarga di dermaga. TEMPO/Nama Foto\nTEMPO.CO, Jakarta - Paragraf pertama.\nParagraf kedua.");

        Assert.Equal(new PhotoText("Warga di dermaga.", "TEMPO/Nama Foto"), article.Photo);
        Assert.Equal("", article.Deck);
    }
}
