using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Serilog;
using TempoClone.Web.Hosting;

if (args.Contains(HealthProbe.Argument)) return await HealthProbe.RunAsync();

var builder = WebApplication.CreateBuilder(args);

var appRoot = AppFolders.FindAppRoot(builder.Environment.ContentRootPath);
builder.Environment.WebRootPath = Path.Combine(appRoot, "wwwroot");
builder.Environment.WebRootFileProvider = new PhysicalFileProvider(builder.Environment.WebRootPath);

builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext());
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

builder.Services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section);
builder.Services.TryAddSingleton(TimeProvider.System);
builder.Services.AddTempoDatabase(appRoot);
builder.Services.AddRazorPages();
builder.Services.AddHealthChecks();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error/500");
    app.UseHsts();
}
app.UseSecurityHeaders();
app.UseSerilogRequestLogging();
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseStaticFiles();
app.UseRouting();
app.MapHealthChecks("/healthz");
app.MapRazorPages();

await app.InitializeDatabaseAsync(appRoot);
await app.RunAsync();
return 0;

public partial class Program;
