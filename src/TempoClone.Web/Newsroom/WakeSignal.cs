namespace TempoClone.Web.Newsroom;

/// <summary>
/// Wakes a sleeping timer loop to look again (a save changed what it waits for). Signals while it is awake are
/// kept as one: the loop looks once more, not once per save.
/// </summary>
public sealed class WakeSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Raise()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled.
        }
    }

    public Task WaitAsync(CancellationToken ct) => _signal.WaitAsync(ct);
}
