using TempoClone.Web.Data;
using TempoClone.Web.Hosting;
using TempoClone.Web.Import;

namespace TempoClone.Web.Operations;

/// <summary>
/// `dotnet TempoClone.Web.dll admin &lt;command&gt;`: the operator's tasks on the same binary, with the site's own
/// configuration and services (so the same appsettings, environment and database as the running site). Plain
/// argument parsing: a handful of commands with one value or flag each did not need a parser package.
/// Each prints its progress, and a failure is one line on stderr and exit code 1 (2 for a command line that is not understood).
/// </summary>
public static class AdminCommandLine
{
    public const string Verb = "admin";

    /// <summary>The pre-command-line way to back up, kept working: `--backup &lt;file&gt;` is `admin backup &lt;file&gt;`.</summary>
    public const string BackupAlias = "--backup";

    private sealed record Command(string Usage, string Purpose, Func<AdminContext, Task> RunAsync);

    private static readonly Dictionary<string, Command> Commands = new()
    {
        ["create-admin"] = new("create-admin --email <e-mail>", "create an admin; the password is asked for (or read from stdin)", StaffCommands.CreateAdminAsync),
        ["reset-password"] = new("reset-password --email <e-mail>", "set a new password for an account and end its sessions", StaffCommands.ResetPasswordAsync),
        ["list-staff"] = new("list-staff", "list the newsroom's accounts, roles and state", StaffCommands.ListAsync),
        ["rebuild-search"] = new("rebuild-search", "build the search index again from the articles", SiteCheck.RebuildSearchAsync),
        ["backup"] = new("backup <file.tar.gz>", "write the database and the media folder into one archive", SiteArchive.BackUpAsync),
        ["restore"] = new("restore <file.tar.gz> [--replace]", "put an archive back (a database with content only with --replace)", SiteArchive.RestoreAsync),
        ["check"] = new("check", "database integrity, pending migrations, writable data and media folders", SiteCheck.RunAsync),
        ["import"] = new("import <folder> [--report <file.jsonl>]", "import a folder of archived articles (progress on the log; run again to go on; a report per file)", ImportAsync),
    };

    /// <summary>The archive importer on a folder (the same as `--import`), on a migrated database.</summary>
    private static async Task ImportAsync(AdminContext context)
    {
        var folder = context.Positional(0, "folder");
        if (!Directory.Exists(folder)) throw new AdminProblem($"The folder \"{folder}\" does not exist.");
        await context.App.MigrateDatabaseAsync();
        await context.App.ImportArchiveAsync(folder, context.Arguments);
    }

    /// <summary>The admin command and its arguments when the command line asks for one, else null (the site starts).</summary>
    public static string[]? CommandFrom(string[] args)
    {
        if (args is [Verb, .. var command]) return command;
        var backup = Array.IndexOf(args, BackupAlias);
        return backup < 0 ? null : ["backup", .. args.Skip(backup + 1).Take(1)];
    }

    public static async Task<int> RunAsync(WebApplication app, string[] command)
    {
        if (command is [] or ["help" or "--help" or "-h", ..])
        {
            PrintUsage(Console.Out);
            return command is [] ? 2 : 0;
        }
        if (!Commands.TryGetValue(command[0], out var chosen))
        {
            Console.Error.WriteLine($"admin: unknown command \"{command[0]}\"; `admin help` lists them.");
            return 2;
        }
        try
        {
            await chosen.RunAsync(new AdminContext(app, command[0], command[1..], Console.Out));
            return 0;
        }
        catch (AdminUsageProblem usage)
        {
            Console.Error.WriteLine($"admin {command[0]}: {usage.Message} Usage: admin {chosen.Usage}");
            return 2;
        }
        catch (Exception problem) when (problem is AdminProblem or StartupProblem)
        {
            Console.Error.WriteLine($"admin {command[0]} failed: {problem.Message}");
            return 1;
        }
    }

    private static void PrintUsage(TextWriter output)
    {
        output.WriteLine("Usage: dotnet TempoClone.Web.dll admin <command>");
        foreach (var command in Commands.Values) output.WriteLine($"  {command.Usage,-40} {command.Purpose}");
    }
}

/// <summary>A task that could not be done; the message says why and what to do, shown as one line.</summary>
public class AdminProblem(string message) : Exception(message);

/// <summary>The command line itself is wrong: a value or an argument is missing.</summary>
public sealed class AdminUsageProblem(string message) : AdminProblem(message);

/// <summary>One admin command's run: the built app (its services and configuration), its arguments, where progress goes.</summary>
public sealed record AdminContext(WebApplication App, string Name, string[] Arguments, TextWriter Out)
{
    public IServiceProvider Services => App.Services;

    /// <summary>The value after <paramref name="option"/> (`--email x`).</summary>
    public string Required(string option)
    {
        var at = Array.IndexOf(Arguments, option);
        return at >= 0 && at + 1 < Arguments.Length && !string.IsNullOrWhiteSpace(Arguments[at + 1])
            ? Arguments[at + 1]
            : throw new AdminUsageProblem($"{option} needs a value.");
    }

    /// <summary>The <paramref name="index"/>-th argument that is not an option.</summary>
    public string Positional(int index, string what) =>
        Arguments.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ElementAtOrDefault(index)
        ?? throw new AdminUsageProblem($"the {what} is missing.");

    public bool Flag(string option) => Arguments.Contains(option);
}
