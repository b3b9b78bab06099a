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
}
