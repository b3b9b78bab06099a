namespace TempoClone.Web.Rendering;

public static class RenderingSetup
{
    /// <summary>
    /// What Rendering keeps as services: the signed preview links (<see cref="PreviewLinks"/>), handed out by the editor
    /// and honoured by the reader's article page and /media. Registered here, by their owner, not by one of their users.
    /// </summary>
    public static IServiceCollection AddRendering(this IServiceCollection services) => services.AddSingleton<PreviewLinks>();
}
