namespace TempoClone.IntegrationTests.Infrastructure;

/// <summary>
/// Waiting for what the app does in the background (a timer, work started once the app is up): the condition is checked
/// until it holds, and the test fails saying what it waited for when it never does. Returns as soon as it holds.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultWithin = TimeSpan.FromSeconds(15);

    public static async Task HoldsAsync(Func<Task<bool>> condition, string what, TimeSpan? within = null)
    {
        var limit = within ?? DefaultWithin;
        var deadline = DateTime.UtcNow + limit;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Waited {limit.TotalSeconds} s for {what}.");
            await Task.Delay(50);
        }
    }
}
