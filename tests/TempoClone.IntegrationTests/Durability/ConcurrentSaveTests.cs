using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Durability;

/// <summary>Editors saving at the same moment, naming the same new reporter, tag and kanal: every save lands, each name once.</summary>
public class ConcurrentSaveTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private const int Editors = 6;

    [Fact]
    public async Task SimultaneousSaves_NamingTheSameNewNames_AllSucceed()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var reporter = $"Reporter Serentak {run}";
        var tag = $"tag serentak {run}";
        var kanal = $"Kanal Serentak {run}";
        var clients = await Task.WhenAll(Enumerable.Range(0, Editors).Select(_ => factory.LoginAsNewAsync(StaffRoles.Editor)));
        // Each editor has the form open (token parsed) before anyone posts, so the posts really overlap.
        var forms = await Task.WhenAll(clients.Select(c => c.GetDocumentAsync(EditorActions.NewArticle)));
        var titles = Enumerable.Range(0, Editors).Select(i => $"Serentak {run} Nomor {i}").ToList();

        var responses = await Task.WhenAll(clients.Select((client, i) =>
        {
            var fields = EditorActions.ArticleFields(titles[i]);
            fields["Input.Reporters"] = reporter;
            fields["Input.Editors"] = reporter;
            fields["Input.Tags"] = tag;
            fields["Input.NewKanal"] = kanal;
            return client.SubmitAsync(forms[i].QuerySelector<IHtmlFormElement>(EditorActions.FormSelector)!, fields);
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var (reporters, tags, kanals, articles) = await factory.WithDbAsync(async db => (
            await db.Reporters.CountAsync(r => r.Name == reporter),
            await db.Tags.CountAsync(t => t.Name == tag),
            await db.Kanals.CountAsync(k => k.Name == kanal),
            await db.Articles.Where(a => titles.Contains(a.Title))
                .Select(a => new { a.Title, Kanal = a.Kanal.Name, Reporters = a.Bylines.Count(b => b.Reporter.Name == reporter), Tags = a.Tags.Count(t => t.Tag.Name == tag) })
                .ToListAsync()));
        Assert.Equal((1, 1, 1), (reporters, tags, kanals));
        Assert.Equal(titles.Order(), articles.Select(a => a.Title).Order());
        Assert.All(articles, a => Assert.Equal((kanal, 2, 1), (a.Kanal, a.Reporters, a.Tags)));
    }

    /// <summary>
    /// On PostgreSQL a new name stays locked until its save commits: saves naming the same new names in opposite
    /// orders must not deadlock (one would fail with a 500).
    /// </summary>
    [Fact]
    public async Task SimultaneousSaves_NamingNewNamesInOppositeOrders_AllSucceed()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        string[] tags = [$"alfa {run}", $"beta {run}", $"gama {run}"];
        string[] people = [$"Penulis Satu {run}", $"Penulis Dua {run}"];
        var clients = await Task.WhenAll(Enumerable.Range(0, Editors).Select(_ => factory.LoginAsNewAsync(StaffRoles.Editor)));
        var forms = await Task.WhenAll(clients.Select(c => c.GetDocumentAsync("/editor/articles/edit")));

        var responses = await Task.WhenAll(clients.Select((client, i) =>
        {
            var fields = EditorActions.ArticleFields($"Urutan {run} Nomor {i}");
            fields["Input.Tags"] = string.Join(", ", i % 2 == 0 ? tags : tags.Reverse());
            fields["Input.Reporters"] = string.Join(", ", i % 2 == 0 ? people : people.Reverse());
            fields["Input.NewKanal"] = $"Kanal Urutan {run}";
            return client.SubmitAsync(forms[i].QuerySelector<IHtmlFormElement>(EditorActions.FormSelector)!, fields);
        }));

        foreach (var response in responses)
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: {await EditorActions.ErrorsOfAsync(response)}");
        Assert.Equal(3, await factory.WithDbAsync(db => db.Tags.CountAsync(t => tags.Contains(t.Name))));
    }

    /// <summary>
    /// The race below the writer, where SQLite's one-writer lock no longer hides it (PostgreSQL has no such lock):
    /// two units of work both look for a new name before either saves.
    /// </summary>
    [Fact]
    public async Task TwoUnitsOfWork_LookingUpTheSameNewNames_ShareOneRow()
    {
        var name = $"Nama Baru {Guid.NewGuid():N}";
        using var first = factory.Services.CreateScope();
        using var second = factory.Services.CreateScope();
        var a = first.ServiceProvider.GetRequiredService<TempoDbContext>();
        var b = second.ServiceProvider.GetRequiredService<TempoDbContext>();

        var found = new[]
        {
            (await a.ReporterNamedAsync(name)).Id, (await b.ReporterNamedAsync(name)).Id,
            (await a.TagNamedAsync(name)).Id, (await b.TagNamedAsync(name)).Id,
            (await a.KanalNamedAsync(name)).Id, (await b.KanalNamedAsync(name)).Id,
        };
        await a.SaveChangesAsync();
        await b.SaveChangesAsync();

        Assert.Equal(found[0], found[1]);
        Assert.Equal(found[2], found[3]);
        Assert.Equal(found[4], found[5]);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Reporters.CountAsync(r => r.Name == name)));
    }

    [Fact]
    public async Task SimultaneousKanalAdds_OfTheSameName_OneRowAndNoError()
    {
        var name = $"Kanal Kembar {Guid.NewGuid().ToString("N")[..8]}";
        var clients = await Task.WhenAll(Enumerable.Range(0, Editors).Select(_ => factory.LoginAsNewAsync(StaffRoles.Editor)));
        var forms = await Task.WhenAll(clients.Select(async c =>
            (await c.GetDocumentAsync("/editor/kanal")).QuerySelector<IHtmlFormElement>("form[action*='handler=Add']")!));

        var responses = await Task.WhenAll(clients.Select((client, i) => client.SubmitAsync(forms[i], new Dictionary<string, string> { ["Name"] = name })));

        // One editor adds it; the others are told it exists, on the form, as if they had been a moment later.
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Redirect))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("Kanal itu sudah ada.", await refused.Content.ReadAsStringAsync());
        }
        Assert.Equal(1, await factory.WithDbAsync(db => db.Kanals.CountAsync(k => k.Name == name)));
    }
}
