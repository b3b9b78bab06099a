using System.Net;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Editor;

/// <summary>No newsroom response may be kept by a browser or a proxy: pages, redirects and errors alike.</summary>
public class NoStoreTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private static void AssertNoStore(HttpResponseMessage response, string what) =>
        Assert.True(response.Headers.CacheControl?.NoStore == true, $"{what} ({(int)response.StatusCode}) has Cache-Control: {response.Headers.CacheControl}");

    [Fact]
    public async Task EditorResponses_AreNoStore_WhateverTheirStatus()
    {
        var anonymous = factory.CreateStaffClient();
        using (var redirect = await anonymous.GetAsync("/editor")) AssertNoStore(redirect, "anonymous redirect to login");
        using (var login = await anonymous.GetAsync("/editor/account/login")) AssertNoStore(login, "login page");

        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        using (var page = await editor.GetAsync("/editor")) AssertNoStore(page, "article list");
        using (var missing = await editor.GetAsync("/editor/articles/edit/999999")) AssertNoStore(missing, "404");
        using (var unknown = await editor.GetAsync("/editor/tidak-ada")) AssertNoStore(unknown, "unknown page");
        using (var noToken = await editor.PostAsync("/editor/articles/edit", new FormUrlEncodedContent([]))) AssertNoStore(noToken, "400 without token");
        using (var denied = await editor.GetAsync("/editor/staff")) AssertNoStore(denied, "403 redirect");
        using var saved = await editor.SubmitFormAsync(EditorActions.NewArticle, EditorActions.FormSelector, EditorActions.ArticleFields("Berita Tanpa Simpan Cache"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        AssertNoStore(saved, "redirect after save");
    }

    [Fact]
    public async Task ReaderPages_StayCacheable()
    {
        using var home = await factory.CreateReaderClient().GetAsync("/");

        Assert.NotEqual(true, home.Headers.CacheControl?.NoStore);
    }
}
