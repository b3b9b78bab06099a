using TempoClone.TestFixtures;
using TempoClone.Web.Import;
using TempoClone.Web.Rendering;

namespace TempoClone.UnitTests.Import;

/// <summary>The archive rules of issue 19, one test per rule (docs/seed-format.md): dates, addresses, language, furniture, shape.</summary>
public class TempoArchiveRulesTests
{
    private const string Body = """
        TEMPO.CO, Jakarta - Paragraf pertama berita contoh.

        Paragraf kedua berita contoh.
        """;

    private static ParseResult ParseOk(string text, string? address = null)
    {
        var result = TempoTextParser.Parse(text, address);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result;
    }

    private static TempoText Article(string text, string? address = null) => ParseOk(text, address).Article!;

    private static string Page(string header, string body = Body) => header + "\n" + body + "\n";

    // ---- Dates ----

    [Theory]
    [InlineData("16 August 2023 17:35 WIB", 2023, 8, 16, 10, 35, true, true)]
    [InlineData("Thursday, 31 August 2023 17:06 WIB", 2023, 8, 31, 10, 6, true, true)]
    [InlineData("November 11, 2019", 2019, 11, 10, 17, 0, false, true)]
    [InlineData("Monday, October 13, 2025", 2025, 10, 12, 17, 0, false, true)]
    [InlineData("Nov 11, 2019 10:30 am", 2019, 11, 11, 3, 30, true, true)]
    [InlineData("Senin, 30 Maret 2020", 2020, 3, 29, 17, 0, false, false)]
    [InlineData("12 Oktober 2015 | 00.00 WIB", 2015, 10, 11, 17, 0, false, false)]
    [InlineData("20 Februari 2025 | 08.16 WIB", 2025, 2, 20, 1, 16, true, false)]
    [InlineData("31/08/2023", 2023, 8, 30, 17, 0, false, false)]
    [InlineData("22/06/2016 19.41", 2016, 6, 22, 12, 41, true, false)]
    [InlineData("Edition: Tuesday, April 25, 2017", 2017, 4, 24, 17, 0, false, true)]
    public void Read_EveryDateForm_GivesTheInstantAndWhetherItHasATime(string line, int y, int mo, int d, int h, int mi, bool hasTime, bool english)
    {
        var date = TempoDates.Read(line);

        Assert.NotNull(date);
        Assert.Equal(new DateTime(y, mo, d, h, mi, 0, DateTimeKind.Utc), date.Value.Utc);
        Assert.Equal(hasTime, date.Value.HasTime);
        Assert.Equal(english, date.Value.IsEnglish);
    }

    [Theory]
    [InlineData("31/02/2023")]
    [InlineData("13/13/2023")]
    [InlineData("February 30, 2024")]
    [InlineData("Paragraf yang menyebut 16 August 2023 di tengah.")]
    public void Read_NotADateLine_IsNull(string line) => Assert.Null(TempoDates.Read(line));

    [Fact]
    public void Parse_DateWithoutTime_IsMidnightWibWithoutInventedTimeAndSaysSo()
    {
        var result = ParseOk(Page("Judul Berita\nSenin, 30 Maret 2020"));

        Assert.Equal(new DateTime(2020, 3, 29, 17, 0, 0, DateTimeKind.Utc), result.Article!.PublishedAtUtc);
        Assert.False(result.Article.HasPublishedTime);
        Assert.Contains(result.Notices, n => n.Line == 2 && n.Message.Contains("tanpa jam"));
        Assert.Equal("Senin, 30 Maret 2020", JakartaTime.ArticleDateLine(result.Article.PublishedAtUtc!.Value, "id"));
    }

    [Fact]
    public void Parse_NoDateLine_TakesTheDayFromTheAddressWithoutATime()
    {
        var result = ParseOk(Page("http://www.tempo.co/read/news/2016/06/22/078782211/banjir-surut\nJudul Berita Tanpa Tanggal"));

        Assert.Equal(new DateTime(2016, 6, 21, 17, 0, 0, DateTimeKind.Utc), result.Article!.PublishedAtUtc);
        Assert.False(result.Article.HasPublishedTime);
        Assert.Equal("078782211", result.Article.TempoId);
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("tanggal"));
    }

    [Fact]
    public void Parse_NoDateAnywhere_LeavesTheDateEmptyWithAWarning()
    {
        var result = ParseOk(Page("Judul Berita Tanpa Tanggal\nReporter: Sita Dewi"));

        Assert.Null(result.Article!.PublishedAtUtc);
        Assert.Contains(result.Warnings, w => w.Line == 1 && w.Message.Contains("tanggal tidak ditemukan"));
    }

    [Fact]
    public void ArticleDateLine_English_UsesEnglishNames()
    {
        Assert.Equal("Thursday, 31 August 2023 17:06 WIB", JakartaTime.ArticleDateLine(new DateTime(2023, 8, 31, 10, 6, 0, DateTimeKind.Utc), "en"));
        Assert.Equal("Kamis, 31 Agustus 2023 17:06 WIB", JakartaTime.ArticleDateLine(new DateTime(2023, 8, 31, 10, 6, 0, DateTimeKind.Utc), "id"));
    }

    // ---- Addresses, kanal, language ----

    [Theory]
    [InlineData("https://metro.tempo.co/read/1450001/judul", "Metro", "1450001")]
    [InlineData("nasional.tempo.co/read/1450002/judul", "Nasional", "1450002")]
    [InlineData("https://dunia.tempo.co/read/1450003/judul", "Internasional", "1450003")]
    [InlineData("https://bisnis.tempo.co/read/1450004/judul", "Ekonomi", "1450004")]
    [InlineData("https://koran.tempo.co/amp/olah-raga/451378/judul-berita", "Olahraga", "koran-451378")]
    [InlineData("https://www.tempo.co/olahraga/judul-berita-1990001", "Olahraga", "1990001")]
    [InlineData("https://majalah.tempo.co/amp/laporan-khusus/144460/judul", "Laporan Khusus", "majalah-144460")]
    [InlineData("https://en.tempo.co/read/1760001/title", "English", "en-1760001")]
    [InlineData("http://www.tempo.co/read/news/2012/06/05/083408811/judul", null, "083408811")]
    public void Read_Address_GivesKanalAndTempoId(string address, string? kanal, string id)
    {
        var page = PageAddress.Read(address)!;

        Assert.True(page.IsTempo);
        Assert.Equal(kanal, page.Kanal);
        Assert.Equal(id, page.TempoId);
    }

    [Theory]
    [InlineData("Tempo.co")]
    [InlineData("Dailymail.co.uk")]
    [InlineData("TEMPO.CO, Jakarta - Paragraf.")]
    public void IsAddressLine_NameOrDatelineThatLooksLikeAHost_IsNotAnAddress(string line) => Assert.False(PageAddress.IsAddressLine(line));

    [Fact]
    public void Parse_AddressOnTheLastLine_SetsSourceKanalIdAndNeverBecomesText()
    {
        var article = Article(Page("Judul Berita Metro\nKamis, 18 Maret 2021 10:00 WIB") + "https://metro.tempo.co/read/1440001/judul-berita-metro\n");

        Assert.Equal("https://metro.tempo.co/read/1440001/judul-berita-metro", article.SourceUrl);
        Assert.Equal("Metro", article.KanalName);
        Assert.True(article.KanalFromAddress);
        Assert.Equal("1440001", article.TempoId);
        Assert.DoesNotContain(article.BodyParagraphs, p => p.Contains("tempo.co/read"));
    }

    [Fact]
    public void Parse_AddressGivenByTheCaller_OutranksTheText()
    {
        var article = Article(Page("Judul Berita Dunia\nKamis, 18 Maret 2021 10:00 WIB"), "https://dunia.tempo.co/read/1440002/judul-berita-dunia");

        Assert.Equal("Internasional", article.KanalName);
        Assert.Equal("1440002", article.TempoId);
    }

    [Fact]
    public void Parse_AddressAsFirstLine_IsNeverTheTitle()
    {
        var article = Article(Page("https://koran.tempo.co/amp/olah-raga/451378/berlomba-ke-pentas-dunia\nBerlomba ke Pentas Dunia\nSenin, 30 Maret 2020"));

        Assert.Equal("Berlomba ke Pentas Dunia", article.Title);
        Assert.Equal("Olahraga", article.KanalName);
    }

    [Fact]
    public void Parse_NoKanalAnywhere_SaysTheDefaultIsUsedWithTheTitleLine()
    {
        var result = ParseOk(Page("Judul Tanpa Kanal\nKamis, 18 Maret 2021 10:00 WIB"));

        Assert.Null(result.Article!.KanalName);
        Assert.Contains(result.Notices, n => n.Line == 1 && n.Message.Contains("kanal bawaan"));
    }

    [Fact]
    public void Parse_LowercaseRenamedKanalLine_IsMapped()
    {
        Assert.Equal("Internasional", Article(Page("dunia\nJudul Berita\nKamis, 18 Maret 2021 10:00 WIB")).KanalName);
        Assert.Equal("Olahraga", Article(Page("Kanal: olah-raga\nJudul Berita\nKamis, 18 Maret 2021 10:00 WIB")).KanalName);
    }

    [Fact]
    public void Parse_EnglishBodyWithoutAddress_IsEnglishInTheEnglishKanal()
    {
        var article = Article(Page("A Harbour Town Gets a New Pier\nThursday, 31 August 2023 17:06 WIB",
            "TEMPO.CO, Jakarta - The town said on Thursday that the new pier would open to fishing boats and ferries next month.\n" +
            "The pier was built with funds from the provincial budget, and it is the first in the bay that can take larger ships."));

        Assert.Equal("en", article.Language);
        Assert.Equal("English", article.KanalName);
    }

    [Fact]
    public void Parse_IndonesianStory_IsIndonesian() => Assert.Equal("id", Article(Page("Judul Berita\nKamis, 18 Maret 2021 10:00 WIB")).Language);

    [Fact]
    public void Parse_SubHeadBeforeTheHeadline_IsNotTheTitleWhenTheAddressNamesAnother()
    {
        var result = ParseOk(Page("tempo.co/arsip/perahu-terakhir-di-muara--950999\nMilik Bersama\nPerahu Terakhir di Muara\n12 Januari 2009 | 00.00 WIB"));

        Assert.Equal("Perahu Terakhir di Muara", result.Article!.Title);
        Assert.Contains(result.Warnings, w => w.Line == 2 && w.Message.Contains("bukan judul"));
    }

    // ---- Furniture by shape ----

    [Theory]
    [InlineData("• Ukuran Font: - +")]
    [InlineData("Font size: - +")]
    [InlineData("•")]
    [InlineData("Click here to get the latest news updates from Tempo on Google News")]
    [InlineData("Klik di sini untuk mendapatkan update berita terkini dari Tempo di Google News")]
    [InlineData("Ikuti saluran WhatsApp Tempo untuk kabar terbaru")]
    [InlineData("Image of Tempo")]
    [InlineData("Image of ANTARA")]
    [InlineData("Logo")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("SCROLL TO CONTINUE WITH CONTENT")]
    [InlineData("Berita Terkini TEMPO.CO")]
    [InlineData("arsip tempo : 176349473240.")]
    public void Parse_FurnitureByShape_IsDroppedAndListedWithItsLine(string furniture)
    {
        var result = ParseOk(Page($"Judul Berita\nKamis, 18 Maret 2021 10:00 WIB\n{furniture}", $"TEMPO.CO, Jakarta - Paragraf pertama.\n{furniture}\nParagraf kedua."));

        Assert.Equal(["TEMPO.CO, Jakarta - Paragraf pertama.", "Paragraf kedua."], result.Article!.BodyParagraphs);
        Assert.Contains(result.Notices, n => n.Line == 3 && n.Message.Contains("perabot halaman"));
        Assert.Contains(result.Notices, n => n.Line == 5 && n.Message.Contains("perabot halaman"));
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData("Klik kanan pada berkas itu, kata teknisi, lalu pilih simpan di aplikasi kantor yang sudah dipasang sejak tahun lalu.")]
    [InlineData("Ikuti jejak para pendahulunya, ia memulai karier sebagai wartawan di Surabaya.")]
    [InlineData("Logo Baru Kota Jakarta Diluncurkan")]
    public void Parse_SentenceThatStartsLikeFurniture_StaysText(string sentence)
    {
        var article = Article(Page("Judul Berita\nKamis, 18 Maret 2021 10:00 WIB", $"TEMPO.CO, Jakarta - Paragraf pertama.\n{sentence}\nParagraf penutup yang panjang sekali dan berakhir dengan titik."));

        Assert.Contains(sentence, article.Body.Select(b => b.Text));
    }

    [Fact]
    public void Parse_MoreArticles_EndsTheBodyAndIsListed()
    {
        var result = ParseOk(Page("Judul Berita\nKamis, 18 Maret 2021 10:00 WIB", "TEMPO.CO, Jakarta - Paragraf pertama.\nParagraf kedua.\nMore Articles\nJudul Lain Situs\n17 March 2021"));

        Assert.Equal(["TEMPO.CO, Jakarta - Paragraf pertama.", "Paragraf kedua."], result.Article!.BodyParagraphs);
        Assert.Contains(result.Notices, n => n.Line == 5 && n.Message.Contains("More Articles"));
    }

    [Fact]
    public void Parse_DateLineInsideTheBody_IsDroppedAndListed()
    {
        var result = ParseOk(Page("Judul Berita\nKamis, 18 Maret 2021 10:00 WIB", "TEMPO.CO, Jakarta - Paragraf pertama.\nKamis, 18 Maret 2021 10:00 WIB\nParagraf kedua."));

        Assert.Equal(["TEMPO.CO, Jakarta - Paragraf pertama.", "Paragraf kedua."], result.Article!.BodyParagraphs);
        Assert.Contains(result.Notices, n => n.Line == 4 && n.Message.Contains("tanggal"));
    }

    [Fact]
    public void Parse_EditorsChoiceInEnglish_IsThePick()
    {
        var article = Article(Page("A Title\n16 August 2023 17:35 WIB", "TEMPO.CO, Jakarta - First paragraph.\nEditor's Choice: Another Story Title\nSecond paragraph."));

        Assert.Equal("Another Story Title", article.EditorsPickTitle);
        Assert.Equal(["TEMPO.CO, Jakarta - First paragraph.", "Second paragraph."], article.BodyParagraphs);
    }

    // ---- Bylines ----

    [Fact]
    public void Parse_Translator_IsNeitherDeckNorReporter()
    {
        var article = Article(Page("A Title\nTranslator\nRina Hartono\nEditor\nDaniel Pardede\n16 August 2023 17:35 WIB"));

        Assert.Equal(["Rina Hartono"], article.Translators);
        Assert.Empty(article.Reporters);
        Assert.Equal(["Daniel Pardede"], article.Editors);
        Assert.Equal("", article.Deck);
    }

    // ---- Shape ----

    [Fact]
    public void Parse_KeyPointBullets_BecomeASubHeadAndAList()
    {
        var article = Article(Page("Judul Berita\nKamis, 18 Maret 2021 10:00 WIB\nPoin Penting\n  • Poin pertama.\n  • Poin kedua."));

        Assert.Equal([typeof(SubHead), typeof(ListItem), typeof(ListItem), typeof(Paragraph), typeof(Paragraph)], article.Body.Select(b => b.GetType()));
        Assert.Equal(["Poin pertama.", "Poin kedua."], article.Body.OfType<ListItem>().Select(i => i.Text));
    }

    [Fact]
    public void FromBlocks_ListItems_AreOneMarkdownList()
    {
        var markdown = PlainTextMarkdown.FromBlocks([new Paragraph("Awal."), new ListItem("Satu"), new ListItem("Dua"), new Paragraph("Akhir.")], _ => null);

        Assert.Equal("Awal.\n\n- Satu\n- Dua\n\nAkhir.", markdown);
    }

    [Fact]
    public void Parse_InterviewQuestions_AreMarkedAndRenderBold()
    {
        var article = Article(Page("Judul Wawancara\nSenin, 14 Agustus 2023",
            "Pengantar wawancara ini ditulis redaksi.\nMengapa dermaga dipindahkan?\nKarena terlalu dangkal.\nKapan mulai?\nTahun depan.\nSiapa yang membayar?\nAnggaran daerah."));

        Assert.Equal(["Mengapa dermaga dipindahkan?", "Kapan mulai?", "Siapa yang membayar?"], article.Body.OfType<Question>().Select(q => q.Text));
        Assert.Contains("**Kapan mulai?**", PlainTextMarkdown.FromBlocks(article.Body, _ => null));
    }

    [Fact]
    public void Parse_OneQuestionInANewsStory_StaysAParagraph()
    {
        var article = Article(Page("Judul Berita\nKamis, 18 Maret 2021 10:00 WIB", "TEMPO.CO, Jakarta - Paragraf pertama.\nApa artinya bagi warga?\nArtinya jalan ditutup."));

        Assert.Empty(article.Body.OfType<Question>());
    }

    [Theory]
    [InlineData("(ABC)")]
    [InlineData("ANTARA | DEF")]
    [InlineData("(AL JAZEERA | BBC)")]
    public void Parse_ClosingInitialsWithLinesAfterThem_AreTheSourceLine(string initials)
    {
        var result = ParseOk(Page("Judul Berita\nKamis, 18 Maret 2021 10:00 WIB",
            $"TEMPO.CO, Jakarta - Paragraf pertama.\nParagraf kedua.\n{initials}\nBaca juga: Berita Lain yang Terkait\nTopik Terkait"));

        Assert.Equal(initials, result.Article!.SourceLine);
        Assert.Equal(["Berita Lain yang Terkait"], result.Article.Body.OfType<ReadAlso>().Select(r => r.Text));
        Assert.Contains(result.Warnings, w => w.Line == 7 && w.Message.Contains("Topik Terkait"));
    }

    [Theory]
    [InlineData("Danau di kaki gunung pada musim gugur. Dailymail.co.uk", "Danau di kaki gunung pada musim gugur.", "Dailymail.co.uk")]
    [InlineData("Danau di kaki gunung pada musim gugur Dailymail.co.uk", "Danau di kaki gunung pada musim gugur", "Dailymail.co.uk")]
    [InlineData("Warga antre di posko. TEMPO/Subekti", "Warga antre di posko.", "TEMPO/Subekti")]
    [InlineData("DeskripsiKetua panitia meninjau stadion, Senin. TEMPO/Randy", "Ketua panitia meninjau stadion, Senin.", "TEMPO/Randy")]
    public void SplitCaption_CreditOfAnyForm_IsSplitOff(string text, string caption, string credit) =>
        Assert.Equal(new PhotoText(caption, credit), TempoTextParser.SplitCaption(text));

    [Fact]
    public void Parse_BulletedCaptionAndItsRepeat_AreOneCaption()
    {
        var article = Article(Page("Judul Berita\nKamis, 18 Maret 2021 10:00 WIB\n• Warga antre di posko. TEMPO/Subekti\nWarga antre di posko. TEMPO/Subekti"));

        Assert.Equal(new PhotoText("Warga antre di posko.", "TEMPO/Subekti"), article.Photo);
    }

    [Fact]
    public void Parse_SignatureUnderALetter_IsNeitherASubHeadNorACutSentence()
    {
        var result = ParseOk(Page("Surat Pembaca\nSenin, 13 Oktober 2025",
            "Surat-surat pekan ini datang dari pembaca di tiga kota.\nJalan Rusak di Kampung Kami\nJalan di kampung kami rusak sejak musim hujan tahun lalu dan belum juga diperbaiki.\nSari Wulandari\nGuru, Magelang, Jawa Tengah"));

        Assert.Equal(["Jalan Rusak di Kampung Kami"], result.Article!.Body.OfType<SubHead>().Select(h => h.Text));
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("terpotong"));
    }

    // ---- Every fixture: what the shared record cannot say ----

    public static TheoryData<TempoPageFixture> Fixtures => new(TempoPageFixtures.All);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_EveryFixture_LanguageListsQuestionsAndSource(TempoPageFixture fixture)
    {
        var result = ParseOk(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "tempo-pages", fixture.File)));
        var article = result.Article!;

        Assert.Equal(fixture.Language, article.Language);
        Assert.Equal(fixture.ListItems, article.Body.OfType<ListItem>().Count());
        Assert.Equal(fixture.Questions, article.Body.OfType<Question>().Count());
        if (fixture.SourceUrl is not null) Assert.Equal(fixture.SourceUrl, article.SourceUrl);
        if (fixture.DateLine is not null) Assert.Equal(fixture.DateLine, JakartaTime.ArticleDateLine(article.PublishedAtUtc!.Value, article.Language));
        Assert.DoesNotContain(article.Body, b => b.Text.StartsWith("http", StringComparison.Ordinal) || b.Text.Contains("tempo.co/", StringComparison.Ordinal));
    }
}
