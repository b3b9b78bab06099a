using TempoClone.Web.Rendering;

namespace TempoClone.UnitTests.Rendering;

public class UrlMapTests
{
    [Theory]
    [InlineData("Search", "search")]
    [InlineData("Editor", "editor")]
    [InlineData("RSS", "rss")]
    [InlineData("Tag", "tag")]
    [InlineData("Penulis", "penulis")]
    [InlineData("Media", "media")]
    [InlineData("API", "api")]
    [InlineData("Read", "read")]
    [InlineData("Healthz", "healthz")]
    [InlineData("Metrics", "metrics")]
    [InlineData("Kontak", "kontak")]
    [InlineData("Redaksi", "redaksi")]
    [InlineData("Tentang Kami", "tentang-kami")]
    [InlineData("Ralat", "ralat")]
    public void SlugProblem_KanalAtASiteAddress_IsRefusedInIndonesian(string name, string slug)
    {
        var problem = UrlMap.SlugProblem(SlugOwner.Kanal, name, slug);

        Assert.Equal($"Nama kanal \"{name}\" tidak dapat dipakai: alamat /{slug} sudah dipakai situs. Pilih nama lain.", problem);
    }

    [Theory]
    [InlineData(SlugOwner.Kanal, "Internasional", "internasional")]
    [InlineData(SlugOwner.Kanal, "Searching", "searching")]
    [InlineData(SlugOwner.Tag, "Search", "search")]
    [InlineData(SlugOwner.Reporter, "Editor", "editor")]
    public void SlugProblem_FreeSlug_IsNull(SlugOwner owner, string name, string slug) => Assert.Null(UrlMap.SlugProblem(owner, name, slug));

    [Theory]
    [InlineData(SlugOwner.Kanal, "Nama kanal perlu huruf atau angka.")]
    [InlineData(SlugOwner.Tag, "Tag \"!!!\" perlu huruf atau angka.")]
    [InlineData(SlugOwner.Reporter, "Nama \"!!!\" perlu huruf atau angka.")]
    public void SlugProblem_EmptySlug_SaysWhatIsMissing(SlugOwner owner, string expected) => Assert.Equal(expected, UrlMap.SlugProblem(owner, "!!!", ""));

    [Fact]
    public void ReservedSegments_CoverEveryReaderPageWithALiteralFirstSegment()
    {
        var literalFirstSegments = UrlMap.ReaderPageRoutes.Values.SelectMany(t => t)
            .Select(template => template.Split('/')[0])
            .Where(segment => segment.Length > 0 && !segment.StartsWith('{'));

        Assert.All(literalFirstSegments, segment => Assert.True(UrlMap.ReservedSegments.Contains(segment), segment));
    }

    [Fact]
    public void Paths_AreBuiltFromTheMap()
    {
        Assert.Equal("/media/2026/foto.jpg", UrlMap.MediaFile("2026/foto.jpg"));
        Assert.Equal("/tag/banjir", UrlMap.Tag("banjir"));
        Assert.Equal("/penulis/budi", UrlMap.Reporter("budi"));
        Assert.Equal("/rss/internasional", UrlMap.RssFor("internasional"));
        Assert.Equal("/sitemap-2.xml", UrlMap.SitemapPage(2));
    }
}
