using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Pages;

/// <summary>An uncached article page costs a small fixed number of SQL statements, however many stories it lists.</summary>
public class ArticleQueryCountTests : IDisposable
{
    private readonly CommandCounter _counter = new();
    private readonly TempoAppFactory _app;

    public ArticleQueryCountTests()
    {
        _app = new TempoAppFactory
        {
            Settings = { ["Site:ReaderCacheSeconds"] = "0" },
            ExtraServices = services =>
            {
                services.AddHttpContextAccessor();
                services.ConfigureDbContext<TempoDbContext>((provider, options) =>
                    options.AddInterceptors(_counter.For(provider.GetRequiredService<IHttpContextAccessor>())));
            },
        };
    }

    public void Dispose() => _app.Dispose();

    /// <summary>Counts the commands run while serving a request for one path.</summary>
    private sealed class CommandCounter
    {
        private int _count;
        public string Path { get; set; } = "";

        public int Count => _count;

        public void Reset(string path)
        {
            Path = path;
            Interlocked.Exchange(ref _count, 0);
        }

        public IInterceptor For(IHttpContextAccessor http) => new Interceptor(this, http);

        private sealed class Interceptor(CommandCounter counter, IHttpContextAccessor http) : DbCommandInterceptor
        {
            public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
                InterceptionResult<DbDataReader> result, CancellationToken ct = default)
            {
                if (http.HttpContext?.Request.Path == counter.Path) Interlocked.Increment(ref counter._count);
                return base.ReaderExecutingAsync(command, eventData, result, ct);
            }

            public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
            {
                if (http.HttpContext?.Request.Path == counter.Path) Interlocked.Increment(ref counter._count);
                return base.ReaderExecuting(command, eventData, result);
            }
        }
    }

    private async Task<string> ArticleWithRelatedAsync(int relatedCount)
    {
        var tag = $"Topik {Guid.NewGuid():N}";
        var published = TempoAppFactory.StartTime.UtcDateTime.AddHours(-1);
        var article = await _app.AddArticleAsync($"Berita Hitung Kueri {Guid.NewGuid():N}", ArticleStatus.Published, published);
        var related = new List<Article>();
        for (var i = 0; i < relatedCount; i++)
            related.Add(await _app.AddArticleAsync($"Berita Terkait Hitung {i} {Guid.NewGuid():N}", ArticleStatus.Published, published.AddMinutes(-i)));
        await _app.WithDbAsync(async db =>
        {
            var stored = await db.Articles.Include(a => a.RelatedStories).Include(a => a.Tags).SingleAsync(a => a.Id == article.Id);
            stored.SetRelated(await db.Articles.Where(a => related.Select(r => r.Id).Contains(a.Id)).ToListAsync());
            stored.SetTags([await db.TagNamedAsync(tag)]);
            return await db.SaveChangesAsync();
        });
        return await _app.UrlOfAsync(article.Title);
    }

    private async Task<int> CommandsForAsync(string url)
    {
        var reader = _app.CreateReaderClient();
        (await reader.GetAsync(url)).EnsureSuccessStatusCode(); // what every page keeps in memory (Terpopuler) is loaded
        _counter.Reset(url);
        (await reader.GetAsync(url)).EnsureSuccessStatusCode();
        return _counter.Count;
    }

    [Fact]
    public async Task ArticlePage_RunsTheSameFewStatements_WithOneOrEightRelatedStories()
    {
        var withOne = await CommandsForAsync(await ArticleWithRelatedAsync(1));
        var withEight = await CommandsForAsync(await ArticleWithRelatedAsync(8));

        // The story, then its bylines, tags and corrections each in one statement (a joined statement grew with the
        // archive on SQLite, issue 20); the chosen related stories; the automatic ones by tag and by kanal.
        Assert.InRange(withOne, 1, 7);
        Assert.Equal(withOne, withEight);
    }
}
