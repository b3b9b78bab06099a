namespace TempoClone.Web.Hosting;

/// <summary>
/// A setting the site cannot start with; the message says what to fix. The host logs it as one line and exits 1,
/// so an operator reads the cause instead of a stack trace.
/// </summary>
public sealed class StartupProblem(string whatToFix) : Exception(whatToFix)
{
    /// <summary>Runs the start-up steps in order; false (after one critical log line) when a step finds a <see cref="StartupProblem"/>.</summary>
    public static async Task<bool> RunStepsAsync(WebApplication app, params Func<Task>[] steps)
    {
        try
        {
            foreach (var step in steps)
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                await step();
                app.Logger.LogInformation("Start-up step {Step} took {ElapsedMs:F0} ms", step.Method.Name,
                    System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            return true;
        }
        catch (StartupProblem problem)
        {
            app.Logger.LogCritical("Start-up stopped: {Problem}", problem.Message);
            return false;
        }
    }
}
