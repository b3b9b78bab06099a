using TempoClone.Web.Rendering;

namespace TempoClone.UnitTests.Rendering;

/// <summary>Shortened text: never longer than asked, "…" where it was cut, whole words when asked.</summary>
public class TextCutTests
{
    [Theory]
    [InlineData("Banjir", 6, "Banjir")]
    [InlineData("Banjir rob", 6, "Banji…")]
    [InlineData("", 3, "")]
    public void ToLength_CutsAtTheLength_WithTheEllipsisCounted(string text, int max, string expected) =>
        Assert.Equal(expected, TextCut.ToLength(text, max));

    [Theory]
    [InlineData("Banjir rob merendam pesisir", 16, "Banjir rob…")]
    [InlineData("Banjir robmerendampesisir", 16, "Banjir robmeren…")]
    [InlineData("Ab cdefghijklmnop", 10, "Ab cdefgh…")]
    public void ToLength_AtWord_GoesBackToASpaceInTheSecondHalf(string text, int max, string expected)
    {
        var cut = TextCut.ToLength(text, max, atWord: true);

        Assert.Equal(expected, cut);
        Assert.True(cut.Length <= max);
    }
}
