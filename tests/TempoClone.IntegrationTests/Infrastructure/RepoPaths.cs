namespace TempoClone.IntegrationTests.Infrastructure;

/// <summary>Folders of the repository the tests run from.</summary>
public static class RepoPaths
{
    public static readonly string Root = FindRoot();

    public static string SeedArticles => Path.Combine(Root, "seed-articles");

    /// <summary>Screenshots and other files a test run leaves for people to look at (git-ignored).</summary>
    public static string Artifacts => Directory.CreateDirectory(Path.Combine(Root, "artifacts")).FullName;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TempoClone.sln"))) return dir.FullName;
        throw new InvalidOperationException("TempoClone.sln not found above " + AppContext.BaseDirectory);
    }
}
