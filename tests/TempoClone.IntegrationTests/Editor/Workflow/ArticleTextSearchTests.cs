using AngleSharp.Dom;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Editor.Workflow;

/// <summary>
/// Issue 21: the article list searches the full-text index (title, summary and body; words in any order), drafts and
/// scheduled stories included, and still only among the stories the staff member may see.
/// </summary>
public class ArticleTextSearchTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private static Dictionary<string, string> Story(string title, string body, string status)
    {
        var fields = EditorActions.ArticleFields(title, status);
        fields["Input.Deck"] = "Ringkasan singkat tanpa kata kunci.";
        fields["Input.Body"] = "TEMPO.CO, Jakarta - " + body + "\n\nParagraf kedua.";
        return fields;
    }

    private static async Task<List<string>> TitlesFoundAsync(HttpClient client, string typed) =>
        (await client.GetDocumentAsync("/editor?q=" + Uri.EscapeDataString(typed)))
            .QuerySelectorAll("table.data-table tbody td:first-child a").Select(a => a.Text().Trim()).ToList();

    [Fact]
    public async Task Search_WordsSplitBetweenTitleAndBody_FindTheDraft_InAnyOrder()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        await editor.CreateArticleAsync(Story("Amunisi Tua Ditemukan di Gudang Pelabuhan", "Petugas menyebut peti itu dikirim dari Korea puluhan tahun lalu.", "Draft"));
        var scheduled = Story("Kapal Dagang Bersandar Membawa Amunisi", "Muatan berasal dari Korea dan diperiksa bea cukai.", "Published");
        scheduled["Input.PublishAt"] = "2031-01-01T07:00";
        await editor.CreateArticleAsync(scheduled);
        await editor.CreateArticleAsync(Story("Amunisi Latihan Disimpan Ulang", "Gudang baru dibangun di Bandung.", "Published"));

        foreach (var typed in new[] { "amunisi korea", "Korea, AMUNISI" })
        {
            var found = await TitlesFoundAsync(editor, typed);
            Assert.Contains("Amunisi Tua Ditemukan di Gudang Pelabuhan", found);
            Assert.Contains("Kapal Dagang Bersandar Membawa Amunisi", found);
            Assert.DoesNotContain("Amunisi Latihan Disimpan Ulang", found);
        }
    }

    [Fact]
    public async Task Search_WordInOnlyTheBodyOfAnothersDraft_IsNotShownToAKontributor()
    {
        var token = "sandi" + Guid.NewGuid().ToString("N")[..8];
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        await editor.CreateArticleAsync(Story("Draf Redaksi Tentang Pelabuhan", $"Kata {token} hanya ada di isi.", "Draft"));
        var published = Story("Berita Terbit Tentang Pelabuhan", $"Kata {token} juga ada di sini.", "Published");
        await editor.CreateArticleAsync(published);
        var kontributor = await factory.LoginAsNewAsync(StaffRoles.Kontributor);

        Assert.Equal(["Berita Terbit Tentang Pelabuhan"], await TitlesFoundAsync(kontributor, token));
        Assert.Equal(2, (await TitlesFoundAsync(editor, token)).Count);
    }

    [Fact]
    public async Task Search_ANumber_FindsThatArticle_AndOperatorsAreJustWords()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var id = await editor.CreateArticleAsync(Story("Nomor Berita Dicari Lewat Alamat", "Isi tanpa angka.", "Draft"));

        Assert.Contains("Nomor Berita Dicari Lewat Alamat", await TitlesFoundAsync(editor, id.ToString()));
        foreach (var typed in new[] { "\"nomor* OR", "title:nomor AND (", "'nomor':* & !", "-- ;", "NEAR(nomor berita)" })
        {
            using var response = await editor.GetAsync("/editor?q=" + Uri.EscapeDataString(typed));
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }
        Assert.Contains("Nomor Berita Dicari Lewat Alamat", await TitlesFoundAsync(editor, "\"nomor\" (berita) dicari*"));
    }
}
