using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Editor;

public class EditorAccessTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private const string LoginPath = "/editor/account/login";

    /// <summary>Every Razor page of the Editor area, found from the app's own endpoints, so a new page is covered without a new test.</summary>
    private List<string> EditorPagePaths()
    {
        factory.CreateClient().Dispose();
        return factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.AreaName == "Editor")
            .Select(e => "/" + e.RoutePattern.RawText!.Replace("{id:int?}", "1").Replace("{id:int}", "1"))
            .Distinct()
            .ToList();
    }

    [Fact]
    public async Task Get_EveryEditorPage_SendsAnonymousVisitorToLogin()
    {
        var client = factory.CreateStaffClient();
        var paths = EditorPagePaths();
        Assert.Contains(paths, p => p.Contains("articles/edit", StringComparison.OrdinalIgnoreCase));

        foreach (var path in paths.Where(p => !p.Equals(LoginPath, StringComparison.OrdinalIgnoreCase)))
        {
            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"GET {path} answered {(int)response.StatusCode}");
            Assert.Equal(LoginPath, new Uri(new Uri("https://localhost"), response.Headers.Location!).AbsolutePath, ignoreCase: true);
        }
    }

    [Fact]
    public async Task Post_EveryEditorPage_TurnsAnonymousVisitorAway()
    {
        var client = factory.CreateStaffClient();
        foreach (var path in EditorPagePaths().Where(p => !p.Equals(LoginPath, StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var handler in new[] { "", "?handler=delete", "?handler=restore", "?handler=create", "?handler=add" })
            {
                using var response = await client.PostAsync(path + handler, new FormUrlEncodedContent([new("Input.Title", "Serangan")]));
                Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest,
                    $"POST {path}{handler} answered {(int)response.StatusCode}");
            }
        }
        Assert.Equal(0, await factory.WithDbAsync(db => Task.FromResult(db.Articles.Count(a => a.Title == "Serangan"))));
    }

    [Theory]
    [InlineData("/EDITOR")]
    [InlineData("/Editor/")]
    [InlineData("/editor/")]
    [InlineData("/editor/Articles/Edit")]
    [InlineData("/EDITOR/ARTICLES/EDIT/")]
    [InlineData("/editor/staff/")]
    [InlineData("/editor/index")]
    public async Task Get_CaseAndSlashVariants_NeverServeAnEditorPageAnonymously(string path)
    {
        using var response = await factory.CreateStaffClient().GetAsync(path);

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.NotFound, $"GET {path} answered {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.Redirect)
            Assert.Contains(LoginPath, response.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_Returns400ForLoggedInEditor()
    {
        var client = await factory.LoginAsNewAsync(StaffRoles.Editor);

        using var response = await client.PostAsync("/editor/articles/edit", new FormUrlEncodedContent([new("Input.Title", "Tanpa Token")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => Task.FromResult(db.Articles.Count(a => a.Title == "Tanpa Token"))));
    }

    [Fact]
    public async Task Kontributor_CraftedPublishPost_IsForbiddenAndStaysDraft()
    {
        var client = await factory.LoginAsNewAsync(StaffRoles.Kontributor);
        var id = await client.CreateArticleAsync(EditorActions.ArticleFields("Draf Kontributor Akses", status: "Draft"));

        using var response = await client.EditArticleAsync(id, new() { ["Input.Status"] = "Published" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/editor/account/denied", response.Headers.Location!.ToString());
        Assert.Equal(ArticleStatus.Draft, await factory.WithDbAsync(db => Task.FromResult(db.Articles.Single(a => a.Id == id).Status)));
    }

    [Fact]
    public async Task Kontributor_CannotOpenAnotherStaffersDraftOrEditorPages()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields("Draf Milik Editor Akses", status: "Draft"));
        var kontributor = await factory.LoginAsNewAsync(StaffRoles.Kontributor);

        foreach (var path in new[] { $"/editor/articles/edit/{id}", $"/editor/articles/history/{id}", "/editor/picks", "/editor/trash", "/editor/audit", "/editor/staff" })
        {
            using var response = await kontributor.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/editor/account/denied"),
                $"GET {path} answered {(int)response.StatusCode} {response.Headers.Location}");
        }
        using var delete = await kontributor.PostAsync($"/editor/articles/edit/{id}?handler=delete", new FormUrlEncodedContent([]));
        Assert.NotEqual(HttpStatusCode.OK, delete.StatusCode);
        Assert.Null(await factory.WithDbAsync(db => Task.FromResult(db.Articles.Single(a => a.Id == id).DeletedAtUtc)));
    }

    [Fact]
    public async Task Editor_CannotManageStaff()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);

        using var response = await editor.GetAsync("/editor/staff");

        Assert.Contains("/editor/account/denied", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Get_Register_DoesNotExist()
    {
        using var response = await factory.CreateStaffClient().GetAsync("/editor/account/register");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
