using System.Text;

namespace TempoClone.Web.Operations;

/// <summary>
/// A password for an admin command: asked twice on the terminal without echo, or one line from stdin when that is
/// not a terminal (`… admin create-admin --email x &lt; file`). Never an argument: the command line shows in `ps`
/// and in the shell's history.
/// </summary>
public static class PasswordPrompt
{
    public static string Read()
    {
        if (Console.IsInputRedirected)
            return Console.In.ReadLine() is { Length: > 0 } line ? line : throw new AdminProblem("No password was given on stdin.");

        var password = ReadHidden("New password: ");
        return ReadHidden("The same password again: ") == password
            ? password
            : throw new AdminProblem("The two passwords differ; nothing was changed.");
    }

    private static string ReadHidden(string prompt)
    {
        Console.Error.Write(prompt);
        var typed = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace) typed.Length = Math.Max(0, typed.Length - 1);
            else if (!char.IsControl(key.KeyChar)) typed.Append(key.KeyChar);
        }
        Console.Error.WriteLine();
        return typed.ToString();
    }
}
