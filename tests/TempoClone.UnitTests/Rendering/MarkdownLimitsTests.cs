using System.Diagnostics;
using TempoClone.Web.Rendering;

namespace TempoClone.UnitTests.Rendering;

public class MarkdownLimitsTests
{
    private static readonly string DeepQuotes = new string('>', 1000) + " kutipan";
    private static readonly string OpenLinks = string.Concat(Enumerable.Repeat("[a](", 30_000));

    [Fact]
    public void DeeplyNestedQuotes_RenderAsPlainTextInsteadOfThrowing()
    {
        var html = MarkdownRenderer.ToSafeHtml(DeepQuotes).Value!;

        Assert.Contains("kutipan", html);
    }

    [Fact]
    public void DeeplyNestedQuotes_AreRefusedOnSaveWithAReason()
    {
        Assert.Contains("bertingkat", MarkdownRenderer.Problem(DeepQuotes));
    }

    [Fact]
    public void ThirtyThousandOpenLinks_AreRefusedOnSave()
    {
        Assert.NotNull(MarkdownRenderer.Problem(OpenLinks));
    }

    [Fact]
    public void OpenLinksJustUnderTheSizeLimit_RenderWithinTheBudget()
    {
        var text = OpenLinks[..MarkdownRenderer.MaxLength];
        var started = Stopwatch.GetTimestamp();

        var problem = MarkdownRenderer.Problem(text);
        MarkdownRenderer.ToSafeHtml(text);

        Assert.True(problem is not null || Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(2), $"took {Stopwatch.GetElapsedTime(started)}");
    }

    [Fact]
    public void OrdinaryNesting_IsAccepted()
    {
        Assert.Null(MarkdownRenderer.Problem("> kutipan\n>> balasan\n\n- satu\n  - dua\n\n1. pertama"));
        Assert.Equal(2, MarkdownRenderer.NestingDepth("> - item"));
    }
    /// <summary>Issue 18, medium 6: code spans, strikethrough, superscript and underscore runs were not counted.</summary>
    [Theory]
    [InlineData("`a` ")]
    [InlineData("~a")]
    [InlineData("~~a ")]
    [InlineData("^a")]
    [InlineData("_a ")]
    [InlineData("*a")]
    [InlineData("[a](")]
    public void ManyOpeners_OfAnyKind_AreRefusedOnSave_AndNeverReachMarkdigOnDisplay(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, MarkdownRenderer.MaxMarkers + 1));

        Assert.Contains("terlalu banyak tanda", MarkdownRenderer.LimitProblem(text));
        Assert.Equal(MarkdownRenderer.LimitProblem(text), MarkdownRenderer.Problem(text));
        Assert.Null(MarkdownRenderer.PreviewOf(text, out var problem));
        Assert.NotNull(problem);
        // Shown as escaped paragraphs: no element Markdig would have made from the markers.
        Assert.StartsWith("<p>", MarkdownRenderer.ToSafeHtml(text).Value);
        Assert.DoesNotContain("<code>", MarkdownRenderer.ToSafeHtml(text).Value);
    }

    [Fact]
    public void OrdinaryText_WithAFewOfEachMarker_IsAccepted()
    {
        Assert.Null(MarkdownRenderer.Problem("Kode `x`, ~~coret~~, H~2~O, x^2^, _miring_, *tebal* dan [tautan](https://tempo.co)."));
    }
}
