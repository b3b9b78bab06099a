using System.Net;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;

namespace TempoClone.IntegrationTests.Newsroom;

/// <summary>Issue 18, medium 6: uploads and imports are limited per person per minute, whatever address they come from.</summary>
public class StaffWorkLimitsTests
{
    [Fact]
    public async Task Uploads_PastThePersonsLimit_AreRefusedWithAMessage_WhileAColleagueMayStillUpload()
    {
        using var app = new TempoAppFactory { Settings = { ["Security:WorkLimits:UploadsPerMinute"] = "2" } };
        var editor = await app.LoginAsNewAsync(StaffRoles.Editor);
        var colleague = await app.LoginAsNewAsync(StaffRoles.Editor);

        var answers = new List<string>();
        foreach (var address in new[] { "198.51.100.1", "198.51.100.2", "198.51.100.3" })
        {
            editor.DefaultRequestHeaders.Remove(TempoAppFactory.ClientAddressHeader);
            editor.DefaultRequestHeaders.Add(TempoAppFactory.ClientAddressHeader, address);
            using var response = await UploadAsync(editor);
            answers.Add(await EditorActions.ErrorsOfAsync(response));
        }

        Assert.All(answers.Take(2), answer => Assert.Equal("", answer));
        Assert.Contains(StaffWorkLimits.TooManyUploads, answers[2]);
        using var colleagues = await UploadAsync(colleague);
        Assert.DoesNotContain(StaffWorkLimits.TooManyUploads, await EditorActions.ErrorsOfAsync(colleagues));
    }

    [Fact]
    public async Task Imports_PastThePersonsLimit_Answer429WithAMessage()
    {
        using var app = new TempoAppFactory { Settings = { ["Security:WorkLimits:ImportsPerMinute"] = "2" } };
        var kontributor = await app.LoginAsNewAsync(StaffRoles.Kontributor);

        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 3; i++)
        {
            using var response = await kontributor.SubmitFormAsync("/editor/import", "form.import-form", new Dictionary<string, string> { ["Text"] = "Judul Saja" });
            statuses.Add(response.StatusCode);
            if (i == 3) Assert.Contains(StaffWorkLimits.TooManyImports, await EditorActions.ErrorsOfAsync(response));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    /// <summary>The article form's Pratinjau with a photo: the upload is kept (or refused) and nothing is saved.</summary>
    private static Task<HttpResponseMessage> UploadAsync(HttpClient editor) =>
        editor.SubmitFormAsync(EditorActions.NewArticle, EditorActions.FormSelector, EditorActions.ArticleFields("Unggahan Berbatas", "Draft"),
            "button[formaction*='handler=Preview']", TestImages.PhotoField(TestImages.Png()));
}
