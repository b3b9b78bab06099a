using TempoClone.Web.Accounts;
using TempoClone.Web.Areas.Editor;
using TempoClone.Web.Data;
using TempoClone.Web.Distribution;
using TempoClone.Web.Hosting;
using TempoClone.Web.Import;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Operations;
using TempoClone.Web.Pages;
using TempoClone.Web.Pages.Popularity;
using TempoClone.Web.Rendering;

// The host: it lists the parts (docs/architecture.md) and the order of the request pipeline; each part registers itself.
if (args.Contains(HealthProbe.Argument)) return await HealthProbe.RunAsync();

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppFolders.ContentRootFor(Directory.GetCurrentDirectory()) });
builder.AddHosting();
builder.Services.AddRendering();
builder.Services.AddTempoDatabase();
builder.Services.AddStaffAccounts();
builder.Services.AddNewsroom();
builder.Services.AddImport();
builder.Services.AddReaderSite();
builder.Services.AddEditorArea();
builder.Services.AddDistribution();

var app = builder.Build();
if (!await StartupProblem.RunStepsAsync(app, app.CheckSettingsAsync)) return 1;

if (AdminCommandLine.CommandFrom(args) is { } command) return await AdminCommandLine.RunAsync(app, command);

if (ArchiveImportCommand.FolderFrom(args) is { } importFolder)
{
    return await StartupProblem.RunStepsAsync(app, app.ConnectRedisAsync, app.MigrateDatabaseAsync, () => app.ImportArchiveAsync(importFolder, args)) ? 0 : 1;
}

app.UseHosting(ViewCountingMiddleware.CountFor(app.Services));
app.UseEditorOverHttpsOnly();
app.UseWebRootFiles();
app.UseMediaFiles();
app.UseRouting();
// A reader's request for a page the cache may hold skips the next four (Hosting/ReaderShortPath).
app.UseReaderShortPath(UseReaderStages);
app.UseCors();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
UseReaderStages(app);

app.MapHealth();
app.MapRazorPages();
app.MapDistribution();

if (!await StartupProblem.RunStepsAsync(app, app.ConnectRedisAsync, app.MigrateDatabaseAsync, app.EnsureDataProtectionKeyAsync,
    app.RenderMissingHtmlAsync, app.EnsureStaffAsync)) return 1;
app.AnalyzeDatabaseOnceStarted();
await app.RunAsync();
return 0;

static void UseReaderStages(IApplicationBuilder stages) => stages.UseViewCounting().UseReaderOutputCache().UseReaderCompression();

public partial class Program;
