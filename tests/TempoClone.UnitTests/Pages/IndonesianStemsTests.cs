using TempoClone.Web.Pages.Search;

namespace TempoClone.UnitTests.Pages;

public class IndonesianStemsTests
{
    [Theory]
    [InlineData("mendesak", "desak")]
    [InlineData("kesepakatan", "sepakat")]
    [InlineData("mengunjungi", "kunjung")]
    [InlineData("kunjungan", "kunjung")]
    [InlineData("memukul", "pukul")]
    [InlineData("menulis", "tulis")]
    [InlineData("menyapu", "sapu")]
    [InlineData("membaca", "baca")]
    [InlineData("menggali", "gali")]
    [InlineData("mengajar", "ajar")]
    [InlineData("melihat", "lihat")]
    [InlineData("bekerja", "kerja")]
    [InlineData("berenang", "renang")]
    [InlineData("pemerintahan", "perintah")]
    [InlineData("memperbaiki", "baik")]
    [InlineData("penulisnya", "tulis")]
    [InlineData("dikatakannya", "kata")]
    [InlineData("bagaimanakah", "bagaimana")]
    [InlineData("Pengungsian", "ungsi")]
    [InlineData("diperbaiki", "baik")]
    public void RootsOf_AffixedWord_IncludesItsRoot(string word, string root) =>
        Assert.Contains(root, IndonesianStems.RootsOf(word));

    [Theory]
    [InlineData("desak")]
    [InlineData("rumah")]
    [InlineData("api")]
    [InlineData("2023")]
    public void RootsOf_WordWithoutAffix_HasNoRootButMaybeShortReadings(string word) =>
        Assert.DoesNotContain(word, IndonesianStems.RootsOf(word));

    [Fact]
    public void RootsOf_NeverGivesRootsShorterThanFourLetters() =>
        Assert.All(new[] { "makan", "memakan", "dimakan", "kesepakatan", "mengunjungi" }.SelectMany(IndonesianStems.RootsOf),
            root => Assert.True(root.Length >= IndonesianStems.MinRootLength, root));

    [Fact]
    public void RelatedWords_ShareARoot()
    {
        static bool Related(string a, string b) =>
            IndonesianStems.RootsOf(a).Append(IndonesianStems.Fold(a)).Intersect(IndonesianStems.RootsOf(b).Append(IndonesianStems.Fold(b))).Any();

        Assert.True(Related("kunjungan", "mengunjungi"));
        Assert.True(Related("sepakat", "kesepakatan"));
        Assert.True(Related("desak", "mendesak"));
        Assert.True(Related("pukulan", "dipukul"));
        Assert.False(Related("banjir", "bandara"));
    }

    [Fact]
    public void OfText_FoldsCaseAndAccents_AndListsEachRootOnce()
    {
        var roots = IndonesianStems.OfText("Warga MENDESAK pemerintah.", "Mereka mendesak lagi; désakan");

        Assert.Equal(roots.Split(' ').Distinct().Count(), roots.Split(' ').Length);
        Assert.Contains("desak", roots.Split(' '));
        Assert.Contains("perintah", roots.Split(' '));
    }
}
