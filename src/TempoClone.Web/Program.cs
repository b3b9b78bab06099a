using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Serilog;
using TempoClone.Web.Accounts;
using TempoClone.Web.Api;
using TempoClone.Web.Data;
using TempoClone.Web.Distribution;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Popularity;

if (args.Contains(HealthProbe.Argument)) return await HealthProbe.RunAsync();

var builder = WebApplication.CreateBuilder(args);

var appRoot = AppFolders.FindAppRoot(builder.Environment.ContentRootPath);
builder.Environment.WebRootPath = Path.Combine(appRoot, "wwwroot");
builder.Environment.WebRootFileProvider = new PhysicalFileProvider(builder.Environment.WebRootPath);
builder.Services.AddSingleton(new AppFolders.Root(appRoot));

// preserveStaticLogger: each host keeps its own logger (no global Log.Logger), so test hosts side by side never mix their logs.
builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(services.GetRequiredService<IConfiguration>())
    .ReadFrom.Services(services)
    .Enrich.FromLogContext(), preserveStaticLogger: true);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

builder.Services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section);
builder.Services.TryAddSingleton(TimeProvider.System);
builder.Services.AddTempoDatabase(appRoot);
builder.Services.AddStaffAccounts();
builder.Services.AddNewsroom();
builder.Services.Configure<RouteOptions>(options => options.LowercaseUrls = true);
builder.Services.AddRazorPages(options =>
{
    // Protection by convention: every editor page needs a staff login, whoever adds the page.
    options.Conventions.AuthorizeAreaFolder("Editor", "/");
    options.Conventions.AllowAnonymousToAreaPage("Editor", "/Account/Login");
    options.Conventions.AllowAnonymousToAreaPage("Editor", "/Account/LoginTwoFactor");
    options.Conventions.AuthorizeAreaFolder("Editor", "/Staff", StaffRoles.AdminPolicy);
    options.Conventions.AuthorizeAreaPage("Editor", "/Picks", StaffRoles.PublisherPolicy);
    options.Conventions.AuthorizeAreaPage("Editor", "/Trash", StaffRoles.PublisherPolicy);
    options.Conventions.AuthorizeAreaPage("Editor", "/Audit", StaffRoles.PublisherPolicy);
    options.Conventions.AuthorizeAreaPage("Editor", "/Kanal", StaffRoles.PublisherPolicy);
    options.Conventions.AddPageRoute("/Articles/Legacy", "read/{id:int:min(1)}/{slug?}");
    options.Conventions.AddPageRoute("/Articles/Legacy", "amp/{id:int:min(1)}/{slug?}");
    options.Conventions.AddPageRoute("/Articles/Legacy", "read/news/{year:int}/{month:int}/{day:int}/{id:int:min(1)}/{slug?}");
});
builder.Services.AddReaderCache();
builder.Services.AddScoped<FeedSource>();
builder.Services.AddContentApi();
builder.Services.AddSingleton<ViewCounter>();
builder.Services.AddHostedService<ViewCounterFlusher>();
builder.Services.AddScoped<SitemapSource>();
builder.Services.AddHealthChecks();

var app = builder.Build();

// CASE: with no proxy configured, X-Forwarded-* is ignored entirely (an empty trust list would trust everyone).
if (app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value.KnownProxies.Length > 0) app.UseForwardedHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error/500");
    app.UseHsts();
}
app.UseSecurityHeaders();
// Every request is logged with who and from where: 400s (antiforgery), 403s and 429s are security events.
app.UseSerilogRequestLogging(options => options.EnrichDiagnosticContext = (diagnostics, http) =>
{
    diagnostics.Set("ClientAddress", StaffAccountsSetup.ClientAddress(http));
    diagnostics.Set("UserName", http.User.Identity?.Name ?? "-");
});
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseEditorOverHttpsOnly();
app.UseWebRootFiles();
app.UseMediaFiles();
app.UseRouting();
app.UseCors();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
ViewCounter.UseViewCounting(app);
app.UseOutputCache();
app.MapHealthChecks("/healthz").ExcludeFromDescription();
app.MapRazorPages();
app.MapFeeds();
app.MapContentApi();
app.MapSitemaps();

if (args.SkipWhile(a => a != DatabaseBackup.Argument).Skip(1).FirstOrDefault() is { } backupPath)
{
    await DatabaseBackup.WriteAsync(DatabaseSetup.SqliteConnectionString(
        app.Configuration.GetConnectionString("Default") ?? DatabaseSetup.DefaultConnectionString, appRoot), backupPath);
    app.Logger.LogInformation("Backup written to {BackupPath}", Path.GetFullPath(backupPath));
    return 0;
}

await app.InitializeDatabaseAsync(appRoot);
await app.RunAsync();
return 0;

public partial class Program;
