namespace TempoClone.Web.Hosting;

/// <summary>
/// The app root is the folder holding wwwroot/ and seed-articles/: the repo's top level under
/// `dotnet run --project src/TempoClone.Web` (whose content root is the project folder), the
/// output folder of `dotnet publish` (and so /app in the container). Relative paths in
/// configuration — web root, seed folder, database file — are read from it.
/// </summary>
public static class AppFolders
{
    /// <summary>The app root, registered as a service so options can resolve their relative paths against it.</summary>
    public sealed record Root(string Path)
    {
        public string Resolve(string path) => AppFolders.Resolve(Path, path);
    }

    public static string FindAppRoot(string contentRoot)
    {
        var candidates = Ancestors(contentRoot).Concat(Ancestors(AppContext.BaseDirectory));
        return candidates.FirstOrDefault(IsAppRoot) ?? contentRoot;
    }

    /// <summary>
    /// The content root to start with, where appsettings.json is read from: the working directory when it holds one
    /// (`dotnet run`, the container's WORKDIR), else the app's own folder, so a server started from anywhere still reads
    /// its settings (AllowedHosts, logging). Null keeps the host's default.
    /// </summary>
    public static string? ContentRootFor(string workingDirectory) =>
        File.Exists(Path.Combine(workingDirectory, Settings)) || !File.Exists(Path.Combine(AppContext.BaseDirectory, Settings)) ? null : AppContext.BaseDirectory;

    private const string Settings = "appsettings.json";

    public static string Resolve(string appRoot, string path) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(appRoot, path));

    private static bool IsAppRoot(string folder) =>
        Directory.Exists(Path.Combine(folder, "wwwroot")) && Directory.Exists(Path.Combine(folder, "seed-articles"));

    private static IEnumerable<string> Ancestors(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent) yield return dir.FullName;
    }
}
