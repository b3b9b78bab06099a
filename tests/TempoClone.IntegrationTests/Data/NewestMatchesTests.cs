using Microsoft.EntityFrameworkCore;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Data.Engines;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Data;

/// <summary>
/// The newsroom's searches (the article list's text search, the title lookups) keep only the newest matches, on either
/// engine: a common word is in most of a large archive, and reading every match was the cost (issue 20).
/// </summary>
public class NewestMatchesTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    [Theory]
    [InlineData(FullTextFields.Title)]
    [InlineData(FullTextFields.Text)]
    public async Task NewestMatches_KeepOnlyTheNewestByIdUpToTheLimit(FullTextFields fields)
    {
        var word = "kalimantung" + fields.ToString().ToLowerInvariant();
        var at = TempoAppFactory.StartTime.UtcDateTime.AddDays(-1);
        var oldest = await factory.AddArticleAsync($"Berita {word} pertama", ArticleStatus.Published, at);
        var draft = await factory.AddArticleAsync($"Berita {word} kedua", ArticleStatus.Draft, at);
        var newest = await factory.AddArticleAsync($"Berita {word} ketiga", ArticleStatus.Published, at);

        var found = await factory.WithDbAsync(db => db.GetEngine()
            .NewestMatches(db, new FullTextQuery([new FullTextWord(word, Prefix: true, Roots: [])], MaxRanked: 2, MaxCandidates: 0), fields)
            .ToListAsync());

        // Any status (the newsroom sees drafts), the newest two by id, the oldest left out.
        Assert.Equal([newest.Id, draft.Id], found.OrderDescending());
        Assert.DoesNotContain(oldest.Id, found);
    }

    [Fact]
    public async Task NewestMatches_InTitle_IgnoresAWordOnlyInTheBody()
    {
        var word = "serambitanjung";
        var inBody = await factory.AddArticleAsync("Berita tanpa kata itu di judul", ArticleStatus.Published,
            TempoAppFactory.StartTime.UtcDateTime.AddDays(-1), body: $"Isi menyebut {word} sekali.");

        var (title, text) = await factory.WithDbAsync(async db =>
        {
            var query = new FullTextQuery([new FullTextWord(word, Prefix: true, Roots: [])], MaxRanked: 10, MaxCandidates: 0);
            return (await db.GetEngine().NewestMatches(db, query, FullTextFields.Title).ToListAsync(),
                await db.GetEngine().NewestMatches(db, query, FullTextFields.Text).ToListAsync());
        });

        Assert.Empty(title);
        Assert.Equal([inBody.Id], text);
    }
}
