using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace TempoClone.IntegrationTests.Infrastructure;

/// <summary>
/// The built server as `dotnet TempoClone.Web.dll` in Production on a free loopback port, on a fresh folder (SQLite
/// file, data folder, media), with these settings on top; for what only a real process shows: its exit, SIGTERM.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Folder { get; } = Directory.CreateTempSubdirectory("tempoclone-process-").FullName;
    public string DatabasePath => Path.Combine(Folder, "tempo.db");

    /// <summary>
    /// Where the server listens, once <see cref="WaitReadyAsync"/> has returned. The server takes a free port itself
    /// (port 0) and logs it: a port found free here and bound a second later could be taken by another test meanwhile.
    /// </summary>
    public Uri BaseAddress => _listening.Task.IsCompletedSuccessfully
        ? _listening.Task.Result
        : throw new InvalidOperationException("The server is not listening yet: await WaitReadyAsync first.");

    /// <summary>The built server as `dotnet TempoClone.Web.dll [arguments]`, its output captured, with this environment.</summary>
    /// <param name="workingDirectory">Where it is started from; by default the app's own folder, as in the published app.</param>
    public static ProcessStartInfo StartInfo(Dictionary<string, string> environment, string[]? arguments = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location, .. arguments ?? []])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(typeof(Program).Assembly.Location)!,
        };
        foreach (var (key, value) in environment) start.Environment[key] = value;
        return start;
    }

    /// <summary>The environment the server was started with, for an admin command on the same site.</summary>
    public Dictionary<string, string> Environment { get; }

    /// <param name="workingDirectory">Where it is started from (<see cref="StartInfo"/>).</param>
    public ServerProcess(Dictionary<string, string> settings, string? workingDirectory = null)
    {
        var environment = Environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            ["ConnectionStrings__Default"] = $"Data Source={DatabasePath}",
            ["Site__SeedFolder"] = RepoPaths.SeedArticles,
            ["Site__DataFolder"] = Folder,
            ["Site__MediaFolder"] = Path.Combine(Folder, "media"),
            ["Admin__Email"] = "pertama@tempoclone.test",
            ["Admin__Password"] = TempoAppFactory.StaffPassword,
        };
        foreach (var (key, value) in settings) environment[key] = value;
        _process = Process.Start(StartInfo(environment, workingDirectory: workingDirectory))!;
        _process.OutputDataReceived += (_, line) =>
        {
            lock (_output) _output.AppendLine(line.Data);
            if (line.Data is { } text && Regex.Match(text, @"Now listening on: (http://\S+)") is { Success: true } listening)
                _listening.TrySetResult(new Uri(listening.Groups[1].Value));
        };
        _process.ErrorDataReceived += (_, line) => { lock (_output) _output.AppendLine(line.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>`dotnet TempoClone.Web.dll admin …` with this environment, <paramref name="input"/> on its stdin (not a terminal); its exit code and output.</summary>
    public static Task<(int ExitCode, string Output, string Errors)> AdminAsync(Dictionary<string, string> environment, string input, params string[] arguments) =>
        RunToEndAsync(environment, input, ["admin", .. arguments]);

    /// <summary>`dotnet TempoClone.Web.dll …` run to its end: its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunToEndAsync(Dictionary<string, string> environment, string input, params string[] arguments)
    {
        using var process = Process.Start(StartInfo(environment, arguments))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{string.Join(' ', arguments)} did not finish: " + await stdout);
        }
        return (process.ExitCode, await stdout, await stderr);
    }

    // Expect: 100-continue waits up to 20 s for the server's early answer (HttpClient's default is 1 s; on a loaded box
    // the client then sends the whole body while the server answers 413 and closes: a broken pipe, not the page).
    public HttpClient CreateClient() => new(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(20) })
        { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Waits until readiness answers 200; fails with the server's output if it stops or takes two minutes (a busy machine).</summary>
    public async Task WaitReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (!_listening.Task.IsCompleted)
        {
            Assert.False(_process.HasExited, "The server stopped: " + Output);
            Assert.True(DateTime.UtcNow < deadline, "The server did not start listening: " + Output);
            await Task.WhenAny(_listening.Task, Task.Delay(200));
        }
        using var client = CreateClient();
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(_process.HasExited, "The server stopped: " + Output);
            try
            {
                if ((await client.GetAsync("/healthz/ready")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(200);
        }
        Assert.Fail("The server did not become ready: " + Output);
    }

    /// <summary>Waits for the process to end by itself; its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"The server was still running after {within.TotalSeconds} s: " + Output);
        }
        _process.WaitForExit(); // the output readers finish
        return _process.ExitCode;
    }

    /// <summary>SIGTERM, as `docker stop` or systemd sends it.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString()])!;
        kill.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
