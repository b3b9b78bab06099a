using TempoClone.Web.Domain;

namespace TempoClone.UnitTests.Domain;

/// <summary>Each rule is one expression; the query filter and the entity method must give the same answer for every case.</summary>
public class ArticleRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 5, 0, 0, DateTimeKind.Utc);

    public static TheoryData<string, ArticleStatus, int, bool, bool, bool> Cases => new()
    {
        // name, status, publish time relative to now (minutes), in trash, live, scheduled
        { "published an hour ago", ArticleStatus.Published, -60, false, true, false },
        { "published this instant", ArticleStatus.Published, 0, false, true, false },
        { "scheduled in a minute", ArticleStatus.Published, 1, false, false, true },
        { "published, in the trash", ArticleStatus.Published, -60, true, false, false },
        { "draft", ArticleStatus.Draft, -60, false, false, false },
        { "draft with a future time", ArticleStatus.Draft, 60, false, false, false },
        { "unpublished", ArticleStatus.Unpublished, -60, false, false, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void LiveAndScheduled_EntityAndQuery_Agree(string name, ArticleStatus status, int minutes, bool trashed, bool live, bool scheduled)
    {
        var article = Article(name, status, Now.AddMinutes(minutes), trashed);
        var articles = new[] { article }.AsQueryable();

        Assert.Equal(live, article.IsLive(Now));
        Assert.Equal(live, articles.Published(Now).Any());
        Assert.Equal(scheduled, article.IsScheduled(Now));
        Assert.Equal(scheduled, articles.Scheduled(Now).Any());
    }

    [Fact]
    public void Scheduled_BecomesLive_AtItsPublishTime()
    {
        var article = Article("terjadwal", ArticleStatus.Published, Now.AddHours(1), trashed: false);

        Assert.True(article.IsScheduled(Now));
        Assert.False(article.IsLive(Now));
        Assert.True(article.IsLive(Now.AddHours(1)));
        Assert.False(article.IsScheduled(Now.AddHours(1)));
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("Isi berita.", true)]
    [InlineData(" ", true)]
    public void HasFullText_EntityAndQuery_Agree(string body, bool expected)
    {
        var article = Article("isi", ArticleStatus.Published, Now, trashed: false);
        article.BodyMarkdown = body;

        Assert.Equal(expected, article.HasFullText);
        Assert.Equal(expected, new[] { article }.AsQueryable().WithFullText().Any());
        Assert.Equal(!expected, new[] { article }.AsQueryable().SummaryOnly().Any());
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("Isi berita.", true)]
    public void WithRulesInlined_PutsTheFullTextRuleWhereAProjectionNamesIt(string body, bool expected)
    {
        var article = Article("proyeksi", ArticleStatus.Published, Now, trashed: false);
        article.BodyMarkdown = body;

        var projection = ArticleRules.WithRulesInlined(a => new { a.Id, Full = a.HasFullText });

        // The entity's property is gone from the expression (SQL cannot read it); the rule's own expression stands there.
        Assert.DoesNotContain(nameof(Web.Domain.Article.HasFullText), projection.Body.ToString());
        Assert.Contains(nameof(Web.Domain.Article.BodyMarkdown), projection.Body.ToString());
        Assert.Equal(expected, projection.Compile()(article).Full);
    }

    [Fact]
    public void At_PutsTheClockReadingIn_WithoutChangingTheRule()
    {
        var rule = ArticleRules.Live.At(Now).Compile();
        var article = Article("sekarang", ArticleStatus.Published, Now, trashed: false);

        Assert.True(rule(article));
        Assert.False(ArticleRules.Live.At(Now.AddTicks(-1)).Compile()(article));
    }

    [Fact]
    public void NewestFirst_OrdersByPublishTimeThenId()
    {
        var older = Article("lama", ArticleStatus.Published, Now.AddHours(-2), false);
        var sameTimeLowId = Article("a", ArticleStatus.Published, Now, false);
        var sameTimeHighId = Article("b", ArticleStatus.Published, Now, false);
        (older.Id, sameTimeLowId.Id, sameTimeHighId.Id) = (3, 1, 2);

        var ordered = new[] { older, sameTimeLowId, sameTimeHighId }.AsQueryable().NewestFirst().Select(a => a.Id);

        Assert.Equal([2, 1, 3], ordered);
    }

    [Fact]
    public void SetRelated_KeepsOrder_DropsDuplicatesAndItself()
    {
        var article = Article("utama", ArticleStatus.Published, Now, false);
        var first = Article("satu", ArticleStatus.Published, Now, false);
        var second = Article("dua", ArticleStatus.Published, Now, false);

        article.SetRelated([second, article, first, second]);

        Assert.Equal([second, first], article.RelatedStories.OrderBy(r => r.Position).Select(r => r.RelatedArticle));
    }

    [Fact]
    public void SetTags_KeepsRowsThatStay_AndRenumbers()
    {
        var article = Article("bertag", ArticleStatus.Published, Now, false);
        var banjir = new Tag { Slug = "banjir", Name = "Banjir" };
        var jakarta = new Tag { Slug = "jakarta", Name = "Jakarta" };
        article.SetTags([banjir, jakarta]);
        var kept = article.Tags.Single(t => t.Tag == jakarta);

        article.SetTags([jakarta]);

        Assert.Same(kept, Assert.Single(article.Tags));
        Assert.Equal(0, kept.Position);
    }

    private static Article Article(string title, ArticleStatus status, DateTime publishedAtUtc, bool trashed) => new()
    {
        Title = title,
        Slug = title,
        Status = status,
        PublishedAtUtc = publishedAtUtc,
        DeletedAtUtc = trashed ? Now.AddMinutes(-1) : null,
        BodyMarkdown = "Isi.",
    };

    [Fact]
    public void LastModified_IsTheLaterOfTheLastSaveAndThePublishTime()
    {
        // Saved an hour before its scheduled minute: machines see it change when it goes live, not before.
        Assert.Equal(Now, ArticleRules.LastModifiedUtc(publishedAtUtc: Now, updatedAtUtc: Now.AddHours(-1)));
        // Edited (or given a Ralat) after it went live.
        Assert.Equal(Now.AddHours(2), ArticleRules.LastModifiedUtc(publishedAtUtc: Now, updatedAtUtc: Now.AddHours(2)));
    }
}
