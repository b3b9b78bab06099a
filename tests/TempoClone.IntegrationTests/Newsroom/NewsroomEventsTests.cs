using System.Collections.Concurrent;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.IntegrationTests.Newsroom;

/// <summary>
/// A new reaction to what the newsroom changes is one class and one registration: a test subscriber, registered as a
/// notification or a webhook would be, hears every kind of change the public can see, after it is committed.
/// </summary>
public class NewsroomEventsTests : IClassFixture<NewsroomEventsTests.AppWithSubscriber>
{
    private readonly AppWithSubscriber _factory;

    public NewsroomEventsTests(AppWithSubscriber factory) => _factory = factory;

    public sealed class AppWithSubscriber : TempoAppFactory
    {
        public AppWithSubscriber() => ExtraServices = services =>
        {
            services.AddSingleton(Heard);
            services.AddNewsroomSubscriber<NewsroomEvent, RecordingSubscriber>();
        };

        public Heard Heard { get; } = new();
    }

    /// <summary>What the subscriber heard: the event's kind, what it names, and whether another connection already saw the change.</summary>
    public sealed record Heard
    {
        public ConcurrentQueue<(string Kind, string Subject, bool Committed)> Changes { get; } = new();
    }

    private sealed class RecordingSubscriber(Heard heard, IServiceScopeFactory scopes) : INewsroomSubscriber<NewsroomEvent>
    {
        public async Task HandleAsync(NewsroomEvent change, CancellationToken ct)
        {
            // Another scope, so another connection: it sees the change only once it is committed.
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TempoDbContext>();
            var (subject, committed) = change switch
            {
                ArticleEvent a => (a.Article.Title, await db.Articles.AnyAsync(x => x.Id == a.Article.Id && x.Version == a.Article.Version, ct)),
                KanalSaved k => (k.Kanal.Name, await db.Kanals.AnyAsync(x => x.Id == k.Kanal.Id && x.Name == k.Kanal.Name, ct)),
                SitePageSaved p => (p.Page.Title, await db.SitePages.AnyAsync(x => x.Id == p.Page.Id && x.Version == p.Page.Version, ct)),
                _ => ("", true),
            };
            heard.Changes.Enqueue((change.GetType().Name, subject, committed));
        }
    }

    [Fact]
    public async Task TestSubscriber_HearsEveryKindOfPublicChange_AfterItIsCommitted()
    {
        var editor = await _factory.LoginAsNewAsync(StaffRoles.Editor);
        var admin = await _factory.LoginAsync(TempoAppFactory.AdminEmail);
        var title = "Peristiwa Redaksi " + Guid.NewGuid().ToString("N")[..8];

        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields(title, status: "Draft"));             // ArticleSaved
        (await editor.EditArticleAsync(id, new Dictionary<string, string>(), "button[formaction*='handler=Publish']")).Dispose();                 // ArticlePublished
        var scheduled = EditorActions.ArticleFields(title + " terjadwal");
        scheduled["Input.PublishAt"] = JakartaTime.InputValue(_factory.Clock.GetUtcNow().UtcDateTime.AddHours(2));
        await editor.CreateArticleAsync(scheduled);                                                                // ArticleScheduled
        (await editor.SubmitFormAsync($"/editor/articles/corrections/{id}", "form.corrections-form",
            new Dictionary<string, string> { ["Text"] = "Nama lokasi diperbaiki" })).Dispose();                    // ArticleCorrected
        var form = await editor.EditFormAsync(id);
        (await editor.SubmitAsync(form, new Dictionary<string, string> { ["Input.Status"] = "Unpublished", ["confirm"] = "unpublish" })).Dispose(); // ArticleWithdrawn
        using var trashed = await editor.SubmitFormAsync($"/editor/articles/confirm/{id}?what=trash", "form.confirm-actions"); // ArticleTrashed
        Assert.Equal(HttpStatusCode.Redirect, trashed.StatusCode);
        (await editor.SubmitFormAsync("/editor/trash", $"form[action$='id={id}']")).Dispose();                      // ArticleRestored
        (await editor.SubmitFormAsync("/editor/kanal", "form[action*='handler=Add']",
            new Dictionary<string, string> { ["Name"] = "Kanal " + title })).Dispose();                           // KanalSaved
        var other = await editor.CreateArticleAsync(EditorActions.ArticleFields(title + " pilihan"));
        (await editor.SubmitFormAsync("/editor/picks", "form[action*='handler=Add']",
            new Dictionary<string, string> { ["AddReference"] = other.ToString() })).Dispose();                    // PicksChanged
        var pageId = await _factory.WithDbAsync(db => db.SitePages.Where(p => p.Slug == "kontak").Select(p => p.Id).SingleAsync());
        (await admin.SubmitFormAsync($"/editor/sitepages/edit/{pageId}", "form.site-page-form",
            new Dictionary<string, string> { ["Input.Title"] = "Kontak " + title })).Dispose();                   // SitePageSaved

        var heard = _factory.Heard.Changes.ToList();
        Assert.Equal(
            ["ArticleCorrected", "ArticlePublished", "ArticleRestored", "ArticleSaved", "ArticleScheduled", "ArticleTrashed", "ArticleWithdrawn",
             "KanalSaved", "PicksChanged", "SitePageSaved"],
            heard.Where(h => h.Subject.Contains(title) || h.Kind == nameof(PicksChanged)).Select(h => h.Kind).Distinct().Order());
        Assert.All(heard, h => Assert.True(h.Committed, $"{h.Kind} \"{h.Subject}\" was heard before its commit"));
        Assert.Equal(["ArticleSaved", "ArticlePublished", "ArticleCorrected", "ArticleWithdrawn", "ArticleTrashed", "ArticleRestored"],
            heard.Where(h => h.Subject == title).Select(h => h.Kind));
    }

    [Fact]
    public async Task KanalPicksAndSitePages_AreOnTheAuditLog()
    {
        var editor = await _factory.LoginAsNewAsync(StaffRoles.Editor);
        var admin = await _factory.LoginAsync(TempoAppFactory.AdminEmail);
        var name = "Audit Kanal " + Guid.NewGuid().ToString("N")[..6];
        (await editor.SubmitFormAsync("/editor/kanal", "form[action*='handler=Add']", new Dictionary<string, string> { ["Name"] = name })).Dispose();
        var row = (await editor.GetDocumentAsync("/editor/kanal")).QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(name));
        (await editor.SubmitAsync(row.QuerySelector<IHtmlFormElement>("form")!, new Dictionary<string, string> { ["Name"] = name + " Baru" })).Dispose();
        var pageId = await _factory.WithDbAsync(db => db.SitePages.Where(p => p.Slug == "redaksi").Select(p => p.Id).SingleAsync());
        (await admin.SubmitFormAsync($"/editor/sitepages/edit/{pageId}", "form.site-page-form",
            new Dictionary<string, string> { ["Input.Title"] = "Redaksi " + name })).Dispose();

        var log = (await admin.GetDocumentAsync("/editor/audit")).QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(log, r => r.Contains("menambah kanal") && r.Contains(name));
        Assert.Contains(log, r => r.Contains("mengganti nama kanal") && r.Contains($"{name} → {name} Baru"));
        Assert.Contains(log, r => r.Contains("mengubah halaman") && r.Contains("Redaksi " + name));
    }
}
