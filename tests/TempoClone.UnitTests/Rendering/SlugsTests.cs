using TempoClone.Web.Rendering;

namespace TempoClone.UnitTests.Rendering;

public class SlugsTests
{
    [Theory]
    [InlineData("Makin Mesra, Rusia Rayu Korea Utara Agar Mau Jual Amunisi", "makin-mesra-rusia-rayu-korea-utara-agar-mau-jual-amunisi")]
    [InlineData("Catatan Jual-Beli Amunisi Anggota TNI-Polri dan KKB di Papua", "catatan-jual-beli-amunisi-anggota-tni-polri-dan-kkb-di-papua")]
    [InlineData("Café Déjà Vu: Ñandú!", "cafe-deja-vu-nandu")]
    [InlineData("  --Hello   World--  ", "hello-world")]
    [InlineData("“Kutipan” 100%", "kutipan-100")]
    [InlineData("!!!", "")]
    public void From_MakesLowercaseAsciiSlugs(string title, string expected)
    {
        Assert.Equal(expected, Slugs.From(title));
    }

    [Fact]
    public void From_LongTitle_IsCutAtAWord()
    {
        var slug = Slugs.From(string.Join(' ', Enumerable.Repeat("panjang", 40)));

        Assert.True(slug.Length <= Slugs.MaxLength);
        Assert.EndsWith("panjang", slug);
    }

    [Theory]
    [InlineData("makin-mesra-12", "makin-mesra", 12)]
    [InlineData("12", "", 12)]
    [InlineData("a-b-c-0000345", "a-b-c", 345)]
    public void TryParseSlugAndId_ReadsTheTrailingId(string text, string slug, int id)
    {
        Assert.True(ArticleLinks.TryParseSlugAndId(text, out var parsedSlug, out var parsedId));
        Assert.Equal((slug, id), (parsedSlug, parsedId));
    }

    [Theory]
    [InlineData("makin-mesra")]
    [InlineData("makin-mesra-")]
    [InlineData("makin-mesra-0")]
    [InlineData("makin-mesra-99999999999999999999")]
    [InlineData("makin-mesra-1e3")]
    public void TryParseSlugAndId_RejectsMalformed(string text)
    {
        Assert.False(ArticleLinks.TryParseSlugAndId(text, out _, out _));
    }

    [Fact]
    public void Path_FollowsTempoScheme()
    {
        Assert.Equal("/internasional/makin-mesra-12", ArticleLinks.Path("internasional", "makin-mesra", 12));
    }
}
