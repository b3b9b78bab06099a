using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Rendering;

namespace TempoClone.IntegrationTests.Browser;

/// <summary>
/// The app on a real Kestrel port and Debian's Chromium driven by Playwright. No browser is ever
/// downloaded: a missing /usr/bin/chromium fails the tests with the command that installs it.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Plain HTTP on loopback, so the Secure-cookie rule is relaxed here (the HTTP tests cover it over https).</summary>
    public TempoAppFactory App { get; } = new() { InsecureCookiesForPlainHttp = true };
    public string BaseUrl { get; private set; } = "";
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Debian's Chromium is missing at {ChromiumPath}: run `apt-get install -y chromium` (.ci/run does).");

        App.UseKestrel(0);
        App.StartServer();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    /// <summary>A fresh page that records console errors (a CSP violation shows up there).</summary>
    public async Task<(IPage Page, List<string> ConsoleErrors)> NewPageAsync(ColorScheme colorScheme = ColorScheme.Light, int width = 1280, int height = 900)
    {
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { Locale = "id-ID", ViewportSize = new() { Width = width, Height = height }, ColorScheme = colorScheme });
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add($"{message.Text} [{message.Location} on {page.Url}]"); };
        page.PageError += (_, error) => errors.Add(error);
        return (page, errors);
    }

    /// <summary>A phone's page: <paramref name="width"/> CSS pixels wide at <paramref name="pixelRatio"/> device pixels each.</summary>
    public async Task<IPage> NewPhonePageAsync(int width, float pixelRatio) => await _browser!.NewPageAsync(new BrowserNewPageOptions
    {
        Locale = "id-ID", ViewportSize = new() { Width = width, Height = 844 }, DeviceScaleFactor = pixelRatio, IsMobile = true, HasTouch = true,
    });

    /// <summary>
    /// Signs in on the login form the page shows, then waits until the page it leads to has loaded. A click only waits
    /// for the next page to start arriving; its deferred scripts run later, and a click before them gets the no-script form.
    /// </summary>
    public static async Task SignInAsync(IPage page, string email = TempoAppFactory.AdminEmail)
    {
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Kata sandi").FillAsync(TempoAppFactory.StaffPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        // CASE: the URL is polled (a web-first assertion), not awaited with WaitForURLAsync: that also waits for the
        // "load" event, which a CI run once saw never reported for an /editor page that had loaded (network idle, the
        // page showing "Artikel"). Deferred scripts have run by DOMContentLoaded, which is what the next click needs.
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex(UrlMap.EditorLogin + @"(\?|$)", System.Text.RegularExpressions.RegexOptions.IgnoreCase),
            new() { Timeout = 90_000 });
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <summary>Keeps a full-page screenshot under artifacts/screenshots/ for people to look at.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(RepoPaths.Artifacts, "screenshots")).FullName;
        // Caret = Initial: hiding the caret would inject a style element, which our CSP rightly blocks and logs.
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true, Caret = ScreenshotCaret.Initial });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
