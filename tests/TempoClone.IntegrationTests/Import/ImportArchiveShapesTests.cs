using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.TestFixtures;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.IntegrationTests.Import;

/// <summary>
/// Issue 19's shapes through the real import page, then the reader page part by part: language, date line, deck,
/// lists, questions, JSON-LD, the source address; and the English front page.
/// </summary>
public class ImportArchiveShapesTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private readonly HttpClient _reader = factory.CreateReaderClient();

    /// <summary>The fixtures with a date: their reader page can be checked whole (a page without one is the next test's).</summary>
    public static TheoryData<TempoPageFixture> DatedFixtures => new(TempoPageFixtures.All.Where(f => f.PublishedAtUtc is not null));

    private static string FixtureText(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "tempo-pages", file));

    private static Task<(int Id, IDocument? Report)> ImportAsync(HttpClient editor, string text, string? address = null) =>
        editor.ImportAsync(text, address: address);

    private async Task<IDocument> PublishAndReadAsync(HttpClient editor, int id)
    {
        using (var publish = await editor.EditArticleAsync(id, new Dictionary<string, string> { ["Input.Status"] = "Published" }))
            Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        var url = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => "/" + a.Kanal.Slug + "/" + a.Slug + "-" + a.Id).SingleAsync());
        return await _reader.GetDocumentAsync(url);
    }

    private static JsonElement JsonLd(IDocument page) =>
        JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;

    [Theory]
    [MemberData(nameof(DatedFixtures))]
    public async Task Import_EveryDatedShape_ReaderPageHasItsLanguageDateDeckListsAndQuestions(TempoPageFixture fixture)
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var (id, _) = await ImportAsync(editor, FixtureText(fixture.File));

        var page = await PublishAndReadAsync(editor, id);

        var article = page.QuerySelector("article.article")!;
        Assert.Equal(fixture.Language == "en" ? "en" : null, article.GetAttribute("lang"));
        Assert.Equal("id", page.DocumentElement.GetAttribute("lang"));
        if (fixture.DateLine is not null) Assert.Equal(fixture.DateLine, page.QuerySelector(".dateline time")!.Text());
        Assert.Equal(fixture.ShownDeck, page.QuerySelector(".article-deck")?.Text());
        Assert.Equal(fixture.ListItems, article.QuerySelectorAll(".article-body li").Length);
        var questions = article.QuerySelectorAll(".article-body p").Where(p => p.Children.Length == 1 && p.FirstElementChild!.LocalName == "strong" && p.Text() == p.FirstElementChild.Text());
        Assert.Equal(fixture.Questions, questions.Count());
        var jsonLd = JsonLd(page);
        Assert.Equal(fixture.Language, jsonLd.GetProperty("inLanguage").GetString());
        Assert.Equal(JakartaTime.Iso(fixture.PublishedAtUtc!.Value), jsonLd.GetProperty("datePublished").GetString());
        Assert.Equal(fixture.Title, jsonLd.GetProperty("headline").GetString());
        if (fixture.SourceUrl is not null)
            Assert.Equal(fixture.SourceUrl, await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.SourceUrl).SingleAsync()));
    }

    /// <summary>A fixture as another story: its title, its address's slug and its Tempo id changed, so it is imported afresh.</summary>
    private static string Variant(string file, string title, string newTitle, string id, string newId) =>
        FixtureText(file).Replace(title, newTitle).Replace(Slugs.From(title, int.MaxValue), Slugs.From(newTitle, int.MaxValue)).Replace(id, newId);

    [Fact]
    public async Task Import_EnglishEdition_ShowsEnglishLabelsAndTheTranslatorNowhere()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var (id, _) = await ImportAsync(editor, Variant("en-edition.txt", "Coastal Town Opens Floating Library for Island Children",
            "Harbour Town Opens Floating Library for Island Children", "1760001", "1760002"));
        // The pick the page names is a title-only draft until an editor writes its summary and publishes it (issue 18).
        var pick = await factory.WithDbAsync(db => db.Articles.Where(a => a.Title == "Ferry Schedules to Outer Islands Doubled for School Holidays").Select(a => a.Id).SingleAsync());
        using (var publishPick = await editor.EditArticleAsync(pick, new Dictionary<string, string>
            { ["Input.Status"] = "Published", ["Input.Deck"] = "More ferries run to the outer islands while schools are out." }))
            Assert.True(publishPick.StatusCode == HttpStatusCode.Redirect, await EditorActions.ErrorsOfAsync(publishPick));

        var page = await PublishAndReadAsync(editor, id);

        Assert.Equal("Editor's Choice:", page.QuerySelector(".editors-pick strong")!.Text());
        // No reporter is named (the translator is not one): the site stands as the byline.
        Assert.Empty(page.QuerySelectorAll(".byline-reporter a"));
        Assert.NotNull(page.QuerySelector(".byline-reporter.byline-site"));
        Assert.DoesNotContain("Rina Hartono", page.QuerySelector("article.article")!.TextContent);
    }

    [Fact]
    public async Task Import_Report_ListsEveryFurnitureLineWithItsNumber()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);

        var (_, report) = await ImportAsync(editor, Variant("photo-essay-2009.txt", "Perahu Terakhir di Muara", "Perahu Terakhir di Teluk", "950999", "951000"));

        var notices = report!.QuerySelectorAll(".import-notices li").Select(li => li.Text()).ToList();
        Assert.Contains(notices, n => n.StartsWith("Baris 5:") && n.Contains("perabot halaman dibuang: \"Foto\""));
        Assert.Contains(notices, n => n.StartsWith("Baris 11:") && n.Contains("Image of Tempo"));
        Assert.Contains(notices, n => n.StartsWith("Baris 9:") && n.Contains("tanpa jam"));
        Assert.Contains(report.QuerySelectorAll(".import-warnings li"), li => li.Text().StartsWith("Baris 3:") && li.Text().Contains("bukan judul"));
    }

    [Fact]
    public async Task Import_EnglishStory_IsListedOnTheEnglishFrontPageAndAnIndonesianOneIsNot()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var (english, _) = await ImportAsync(editor, Variant("magz-letters.txt", "Keeping Village Reading Rooms Open", "Letters About Night Buses", "45110", "45111"));
        await PublishAndReadAsync(editor, english);
        var (indonesian, _) = await ImportAsync(editor, Variant("koran-amp-olahraga.txt", "Pelari Muda Menunggu Jadwal Baru", "Perenang Muda Menunggu Jadwal Baru", "451999", "452000"));
        await PublishAndReadAsync(editor, indonesian);

        var front = await _reader.GetDocumentAsync(UrlMap.English);

        var titles = front.QuerySelectorAll("main a").Select(a => a.Text().Trim()).ToList();
        Assert.Contains("Letters About Night Buses", titles);
        Assert.DoesNotContain("Perenang Muda Menunggu Jadwal Baru", titles);
        Assert.Equal("en", front.QuerySelector("h1")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task ArticleForm_EnglishChosen_PageAndNewsSitemapSayEnglish()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var fields = EditorActions.ArticleFields("Form Story Written in English");
        fields["Input.Language"] = "en";
        fields["Input.Body"] = "TEMPO.CO, Jakarta - The first paragraph of a story written in English.\n\nThe second paragraph.";
        var id = await editor.CreateArticleAsync(fields);

        var page = await _reader.GetDocumentAsync(await factory.UrlOfAsync("Form Story Written in English"));
        var sitemap = System.Xml.Linq.XDocument.Parse(await _reader.GetStringAsync(UrlMap.SitemapNews));

        Assert.Equal("en", page.QuerySelector("article.article")!.GetAttribute("lang"));
        Assert.Equal("en", JsonLd(page).GetProperty("inLanguage").GetString());
        var entry = sitemap.Descendants().Single(e => e.Name.LocalName == "url" && e.Value.Contains("form-story-written-in-english-" + id));
        Assert.Equal("en", entry.Descendants().Single(e => e.Name.LocalName == "language").Value);
        // The seed's story stays Indonesian in the same sitemap's terms and on its page.
        Assert.Equal("id", await factory.WithDbAsync(db => db.Articles.Where(a => a.Title == SeedArticle.Title).Select(a => a.Language).SingleAsync()));
    }

    [Fact]
    public async Task Import_AddressField_SetsKanalSourceAndIdentity()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        const string text = "Jalan Layang Baru Dibuka Malam Ini\nJumat, 16 Oktober 2015 | 10:45 WIB\nTEMPO.CO, Jakarta - Jalan layang itu dibuka pukul delapan malam.\nPolisi mengatur lalu lintas di kedua ujungnya.";
        const string address = "https://dunia.tempo.co/read/704001/jalan-layang-baru-dibuka-malam-ini";

        var (first, _) = await ImportAsync(editor, text, address);
        var (second, _) = await ImportAsync(editor, text.Replace("pukul delapan malam", "pukul sembilan malam"), address);

        Assert.Equal(first, second);
        var stored = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == first).Select(a => new { a.SourceUrl, Kanal = a.Kanal.Slug, a.ImportKey }).SingleAsync());
        Assert.Equal(address, stored.SourceUrl);
        Assert.Equal("internasional", stored.Kanal);
        Assert.Equal("tempo-id:704001", stored.ImportKey);
    }

    [Fact]
    public async Task Import_NoKanalAnywhere_TheDraftSaysWhichDefaultWasUsed()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        const string text = "Kabar Tanpa Kanal Dari Mana Pun\nRabu, 6 September 2023 10:00 WIB\nTEMPO.CO, Jakarta - Paragraf pertama.\nParagraf kedua.";

        using var response = await editor.SubmitFormAsync("/editor/import", "form.import-form", new Dictionary<string, string> { ["Text"] = text });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var draft = await editor.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("dipakai kanal bawaan Internasional", draft.Body!.TextContent);
    }

    [Fact]
    public async Task Import_PageWithoutDate_KeepsNoInventedDateInTheDraft()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);

        var (id, report) = await ImportAsync(editor, Variant("no-date-metro.txt", "Petugas Menertibkan Parkir Liar di Sekitar Stasiun",
            "Petugas Menertibkan Parkir Liar di Depan Pasar", "1450001", "1450002"));

        Assert.Contains(report!.QuerySelectorAll(".import-warnings li"), li => li.Text().StartsWith("Baris 7:") && li.Text().Contains("tanggal tidak ditemukan"));
        var stored = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => new { a.Status, Kanal = a.Kanal.Slug }).SingleAsync());
        Assert.Equal(ArticleStatus.Draft, stored.Status);
        Assert.Equal("metro", stored.Kanal);
    }
}
