using System.Runtime.CompilerServices;

namespace TempoClone.IntegrationTests.Infrastructure;

/// <summary>Settings every test host of this assembly starts with, set before the first one is built.</summary>
internal static class TestHostSettings
{
    // CASE: each host watched its appsettings files for changes: one inotify instance per file per host, and a run with
    // many hosts alive at once (xunit runs classes in parallel) reached the user's limit of 128 and failed to start hosts.
    // No test changes a settings file while its host runs, so the hosts do not watch them.
    [ModuleInitializer]
    internal static void WatchNoSettingsFiles() => Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
}
