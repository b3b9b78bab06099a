using TempoClone.Web.Domain;

namespace TempoClone.Web.Rendering;

/// <summary>The frames of every framed photo by its main file's path (Data's <c>PhotoFrames</c>, kept in memory): what markup asks to draw a photo's framed renditions.</summary>
public interface IPhotoFrameSource
{
    Task<IReadOnlyDictionary<string, PhotoFrame>> CurrentAsync(CancellationToken ct = default);
}
