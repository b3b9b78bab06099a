using TempoClone.Web.Rendering;
using static TempoClone.Web.Areas.Editor.Pages.Articles.WordDiff;

namespace TempoClone.UnitTests.Editor;

/// <summary>The revision comparison: whole words kept, removed and added, in order, joined back into the texts.</summary>
public class WordDiffTests
{
    [Fact]
    public void Between_OneWordChanged_KeepsTheRestAndMarksOnlyThatWord()
    {
        var runs = Between("Banjir rob merendam pesisir utara", "Banjir rob merendam pesisir selatan");

        Assert.Equal([new Run(Kind.Same, "Banjir rob merendam pesisir "), new Run(Kind.Removed, "utara"), new Run(Kind.Added, "selatan")], runs);
        Assert.True(HasChanges(runs));
    }

    [Fact]
    public void Between_SameText_IsOneKeptRun_WithoutChanges()
    {
        var runs = Between("Teks yang sama.", "Teks yang sama.");

        Assert.Equal([new Run(Kind.Same, "Teks yang sama.")], runs);
        Assert.False(HasChanges(runs));
    }

    [Theory]
    [InlineData("", "Paragraf baru.")]
    [InlineData("Paragraf lama.", "")]
    [InlineData("Satu dua tiga", "Satu tiga empat")]
    [InlineData("Kata\n\nbaris baru", "Kata baris\nbaru lagi")]
    public void Between_AnyTexts_KeptAndRemovedGiveTheOld_KeptAndAddedGiveTheNew(string before, string after)
    {
        var runs = Between(before, after);

        Assert.Equal(before, string.Concat(runs.Where(r => r.Kind != Kind.Added).Select(r => r.Text)));
        Assert.Equal(after, string.Concat(runs.Where(r => r.Kind != Kind.Removed).Select(r => r.Text)));
        Assert.DoesNotContain(runs.Zip(runs.Skip(1)), pair => pair.First.Kind == pair.Second.Kind);
    }

    [Fact]
    public void Between_TextPastTheBodyLimit_IsComparedWhole()
    {
        var before = new string('a', MarkdownRenderer.MaxLength + 1);

        Assert.Equal([new Run(Kind.Removed, before), new Run(Kind.Added, "pendek")], Between(before, "pendek"));
        Assert.Equal([new Run(Kind.Same, before)], Between(before, before));
    }
}
