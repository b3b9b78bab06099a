using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Pages;

/// <summary>Bodies are rendered when saved; rows stored before that (no HTML yet) are rendered once by the start-up step.</summary>
public class StoredHtmlTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    [Fact]
    public async Task ArticleWithoutStoredHtml_IsRenderedAndSanitisedByTheBackfill()
    {
        var title = $"Berita Lama Tanpa HTML {Guid.NewGuid():N}";
        var article = await factory.AddArticleAsync(title, ArticleStatus.Published, TempoAppFactory.StartTime.UtcDateTime.AddHours(-1),
            body: "Paragraf **tebal** dan [tautan jahat](javascript:alert(1)).");
        await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).ExecuteUpdateAsync(a => a.SetProperty(x => x.BodyHtml, (string?)null)));

        await factory.WithDbAsync(async db =>
        {
            await StoredHtml.RenderMissingAsync(db, NullLogger.Instance);
            return 0;
        });

        var stored = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).Select(a => a.BodyHtml).SingleAsync());
        Assert.Contains("<strong>tebal</strong>", stored);
        Assert.DoesNotContain("javascript:", stored);
        var page = await factory.CreateReaderClient().GetDocumentAsync(await factory.UrlOfAsync(title));
        Assert.Equal("tebal", page.QuerySelector(".article-body strong")?.TextContent);
    }
}
