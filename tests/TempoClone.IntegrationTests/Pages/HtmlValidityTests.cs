using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Pages;

/// <summary>
/// Every page type checked by the Nu Html Checker (npm package vnu-jar, run with the machine's Java).
/// tests/test.sh installs it under tests/tools/; a missing checker fails these tests with that instruction.
/// </summary>
public class HtmlValidityTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    public static string VnuJar => Environment.GetEnvironmentVariable("VNU_JAR")
        ?? Path.Combine(RepoPaths.Root, "tests", "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [Fact]
    public async Task EveryPageType_IsValidHtml()
    {
        Assert.True(File.Exists(VnuJar), $"The Nu Html Checker is missing at {VnuJar}: run tests/test.sh, which installs it (npm install --ignore-scripts vnu-jar).");
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var relatedFields = EditorActions.ArticleFields("Halaman Valid Foto Terkait");
        relatedFields["Input.PhotoCaption"] = "Keterangan terkait.";
        relatedFields["Input.PhotoAlt"] = "Alt terkait";
        await editor.CreateArticleAsync(relatedFields, TestImages.PhotoField(TestImages.CameraJpeg(700, 500), "terkait.jpg", "image/jpeg"));
        var fields = EditorActions.ArticleFields("Halaman Valid Dengan Foto");
        fields["Input.PhotoCaption"] = "Keterangan.";
        fields["Input.PhotoCredit"] = "TEMPO/Valid";
        fields["Input.PhotoAlt"] = "Alt valid";
        fields["Input.Related"] = SeedArticle.Title + "\nHalaman Valid Foto Terkait";
        var withPhoto = await editor.CreateArticleAsync(fields, TestImages.PhotoField(TestImages.Png()));
        using (await editor.SubmitFormAsync($"/editor/articles/corrections/{withPhoto}", "form.corrections-form", new Dictionary<string, string> { ["Text"] = "Nama kota diperbaiki" })) { }
        var story = EditorActions.ArticleFields("Halaman Valid Sematan Dan Perabot");
        story["Input.Body"] = StoryFixtures.EmbedsAndFurniture;
        await editor.CreateArticleAsync(story);
        var admin = await factory.LoginAsync(TempoAppFactory.AdminEmail);

        var reader = factory.CreateReaderClient();
        var pages = new Dictionary<string, string>
        {
            ["home"] = "/",
            ["kanal"] = "/internasional",
            ["article"] = await factory.UrlOfAsync(SeedArticle.Title),
            ["article-with-photo"] = await factory.UrlOfAsync("Halaman Valid Dengan Foto"),
            ["article-embeds-furniture"] = await factory.UrlOfAsync("Halaman Valid Sematan Dan Perabot"),
            ["summary-story"] = await factory.UrlOfAsync(SeedArticle.FirstRelatedTitle),
            ["tag"] = "/tag/banjir",
            ["reporter"] = "/penulis/sita-dewi",
            ["search"] = "/search?q=korea+utara",
            ["search-empty"] = "/search",
            ["indeks"] = "/indeks?tanggal=2023-08-31",
            ["not-found"] = "/tidak/ada-999999",
            ["ralat"] = "/ralat",
            ["english-front"] = "/en",
            ["redaksi"] = "/redaksi",
            ["pedoman-media-siber"] = "/pedoman-media-siber",
            ["kontak"] = "/kontak",
            ["tentang-kami"] = "/tentang-kami",
            ["kebijakan-privasi"] = "/kebijakan-privasi",
            ["search-dates"] = "/search?q=korea&dari=31/08/2023&sampai=bukan",
        };
        var folder = Directory.CreateTempSubdirectory("tempoclone-html-").FullName;
        foreach (var (name, path) in pages)
        {
            using var response = await reader.GetAsync(path);
            await File.WriteAllTextAsync(Path.Combine(folder, name + ".html"), await response.Content.ReadAsStringAsync());
        }
        foreach (var (name, path) in new Dictionary<string, string> { ["editor-list"] = "/editor", ["editor-edit"] = "/editor/articles/edit", ["editor-picks"] = "/editor/picks", ["editor-kanal"] = "/editor/kanal", ["editor-reporters"] = "/editor/reporters", ["editor-reporter-edit"] = $"/editor/reporters?id={await factory.WithDbAsync(db => db.Reporters.Where(r => r.Slug == "sita-dewi").Select(r => r.Id).SingleAsync())}", ["editor-corrections"] = $"/editor/articles/corrections/{withPhoto}", ["editor-help"] = "/editor/bantuan", ["editor-media"] = "/editor/media" })
            await File.WriteAllTextAsync(Path.Combine(folder, name + ".html"), await editor.GetStringAsync(path));
        foreach (var (name, path) in new Dictionary<string, string> { ["editor-sitepages"] = "/editor/sitepages", ["editor-sitepage-edit"] = "/editor/sitepages/edit/1" })
            await File.WriteAllTextAsync(Path.Combine(folder, name + ".html"), await admin.GetStringAsync(path));

        var errors = await CheckAsync(Directory.GetFiles(folder, "*.html"));

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static async Task<List<string>> CheckAsync(IEnumerable<string> files)
    {
        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-jar", VnuJar, "--format", "json", "--stdout", "--exit-zero-always" }.Concat(files))
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"vnu failed: {stderr}");

        return JsonDocument.Parse(output).RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error")
            .Select(m => $"{Path.GetFileName(m.GetProperty("url").GetString())}:{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)} {m.GetProperty("message").GetString()}")
            .ToList();
    }
}
