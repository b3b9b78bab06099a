using TempoClone.Web.Areas.Editor.Pages.Articles;
using TempoClone.Web.Domain;

namespace TempoClone.UnitTests.Editor;

/// <summary>Where a story stands for the article form's action bar, and what the bar calls it.</summary>
public class ArticlePhaseTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 8, 0, 0, DateTimeKind.Utc);

    private static Article Story(ArticleStatus status, DateTime publishedUtc, DateTime? deletedUtc = null) =>
        new() { Title = "Cerita", Slug = "cerita", Status = status, PublishedAtUtc = publishedUtc, DeletedAtUtc = deletedUtc };

    [Fact]
    public void Of_NoArticle_IsNew() => Assert.Equal(ArticlePhase.New, ArticlePhases.Of(null, Now));

    [Fact]
    public void Of_PublishedInThePast_IsLive() => Assert.Equal(ArticlePhase.Live, ArticlePhases.Of(Story(ArticleStatus.Published, Now.AddMinutes(-1)), Now));

    [Fact]
    public void Of_PublishedInTheFuture_IsScheduled() => Assert.Equal(ArticlePhase.Scheduled, ArticlePhases.Of(Story(ArticleStatus.Published, Now.AddHours(1)), Now));

    [Fact]
    public void Of_Withdrawn_IsUnpublished() => Assert.Equal(ArticlePhase.Unpublished, ArticlePhases.Of(Story(ArticleStatus.Unpublished, Now.AddDays(-1)), Now));

    [Fact]
    public void Of_Draft_IsDraft() => Assert.Equal(ArticlePhase.Draft, ArticlePhases.Of(Story(ArticleStatus.Draft, Now.AddDays(-1)), Now));

    [Fact]
    public void Of_PublishedButInTheTrash_IsNotLive() =>
        Assert.NotEqual(ArticlePhase.Live, ArticlePhases.Of(Story(ArticleStatus.Published, Now.AddDays(-1), deletedUtc: Now.AddMinutes(-5)), Now));

    [Theory]
    [InlineData(ArticlePhase.New, "Artikel baru")]
    [InlineData(ArticlePhase.Draft, "Draf")]
    [InlineData(ArticlePhase.Scheduled, "Terjadwal")]
    [InlineData(ArticlePhase.Live, "Terbit")]
    [InlineData(ArticlePhase.Unpublished, "Ditarik dari situs")]
    public void Label_EveryPhase_IsIndonesian(ArticlePhase phase, string label) => Assert.Equal(label, phase.Label());
}
