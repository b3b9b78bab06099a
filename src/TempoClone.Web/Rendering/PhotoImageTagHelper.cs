using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Rendering;

/// <summary>
/// A stored photo as a <c>&lt;picture&gt;</c>: WebP and JPEG renditions in srcset, width and height (no layout jump),
/// and how urgently to load it. <c>&lt;photo-image photo="…" priority="true" /&gt;</c> is a lead photo (fetched first);
/// <c>&lt;photo-image photo="…" thumbnail="true" /&gt;</c> is a list thumbnail (small, lazy, decorative beside its
/// title). <c>layout</c> names the column the photo fills when it is not the default's (the home lead, the lead
/// block's stories), so the browser picks the rendition for that width. A <c>class</c> given in the markup is kept.
/// Photos stored before renditions existed get their one file. A framed photo (<see cref="PhotoFrame"/>) gets its
/// framed renditions: the lead cut around its focal point, a 16:9 thumbnail. Renders nothing for a photo without a file.
/// </summary>
[HtmlTargetElement("photo-image", Attributes = "photo", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PhotoImageTagHelper(IPhotoFrameSource frames) : TagHelper
{
    /// <summary>The lead photo's column: the article's 42rem, the home headline's wider column, or the phone's width less the page's padding.</summary>
    public const string LeadSizes = "(min-width: 72rem) 46rem, (min-width: 44rem) 42rem, calc(100vw - 2rem)";
    /// <summary>A list card's picture column: 7rem on phones, 10rem from 40rem (compact lists use less): the 160- and 320-px renditions.</summary>
    public const string ThumbnailSizes = "(min-width: 40rem) 10rem, 7rem";

    /// <summary>The home headline's photo: the home's main column on phones and tablets, three fifths of it from 64rem.</summary>
    public const string HomeLeadSizes =
        "(min-width: 72rem) 26.5rem, (min-width: 64rem) calc((100vw - 4rem) * 0.4 - 0.75rem), (min-width: 56rem) calc((100vw - 4rem) * 2 / 3), calc(100vw - 2rem)";

    /// <summary>The lead block's other stories: three columns of the home's main column from 40rem, a list card below.</summary>
    public const string LeadBlockSizes =
        "(min-width: 72rem) 14.3rem, (min-width: 56rem) calc(((100vw - 4rem) * 2 / 3 - 2.5rem) / 3), (min-width: 40rem) calc((100vw - 4.5rem) / 3), 7rem";

    /// <summary>
    /// Screens of 2.5 device pixels per CSS pixel and more (most phones today are 3×) get a lead photo of 2× the slot:
    /// no eye tells 2× from 3× at arm's length, and it is half the bytes (Twitter's "capping image fidelity", 2019).
    /// Declaring two thirds of the slot makes a 3× screen choose what a 2× screen would.
    /// </summary>
    public const string DenseScreens = "(min-resolution: 2.5dppx), (-webkit-min-device-pixel-ratio: 2.5)";
    public const string DenseScreenLeadSizes = "(min-width: 72rem) 30.7rem, (min-width: 44rem) 28rem, calc((100vw - 2rem) * 2 / 3)";
    public const string DenseScreenThumbnailSizes = "(min-width: 40rem) 6.7rem, 4.7rem";
    public const string DenseScreenHomeLeadSizes =
        "(min-width: 72rem) 17.7rem, (min-width: 64rem) calc(((100vw - 4rem) * 0.4 - 0.75rem) * 2 / 3), (min-width: 56rem) calc((100vw - 4rem) * 4 / 9), calc((100vw - 2rem) * 2 / 3)";
    public const string DenseScreenLeadBlockSizes =
        "(min-width: 72rem) 9.5rem, (min-width: 56rem) calc(((100vw - 4rem) * 2 / 3 - 2.5rem) * 2 / 9), (min-width: 40rem) calc((100vw - 4.5rem) * 2 / 9), 4.7rem";

    public LeadPhoto? Photo { get; set; }

    /// <summary>Above the fold: fetched at high priority, never lazily.</summary>
    public bool Priority { get; set; }

    public bool Thumbnail { get; set; }

    /// <summary>The column the photo fills; by default the article's lead column, or a list card's for a thumbnail.</summary>
    public PhotoLayout? Layout { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (Photo?.ImagePath is not { } path)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "picture";
        output.TagMode = TagMode.StartTagAndEndTag;
        if (!output.Attributes.ContainsName("class")) output.Attributes.SetAttribute("class", Thumbnail ? "thumb" : "photo");
        var frame = Photo.Width is not null && (await frames.CurrentAsync()).TryGetValue(path, out var found) ? found : null;
        AppendContent(output.Content, Photo, path, Priority, Thumbnail, Layout, frame);
    }

    /// <summary>A photo in the article's text (<see cref="InlinePhotos"/>): the lead photo's picture, lazily loaded.</summary>
    public static IHtmlContent Picture(LeadPhoto photo)
    {
        var picture = new TagBuilder("picture");
        picture.AddCssClass("photo");
        // CASE: a photo in the text is shown whole, as the writer placed it: its frame is for the fixed shapes.
        AppendContent(picture.InnerHtml, photo, photo.ImagePath!, priority: false, thumbnail: false, PhotoLayout.ArticleLead, frame: null);
        return picture;
    }

    private static void AppendContent(IHtmlContentBuilder content, LeadPhoto photo, string path, bool priority, bool thumbnail, PhotoLayout? layout, PhotoFrame? frame)
    {
        var img = new TagBuilder("img") { TagRenderMode = TagRenderMode.SelfClosing };
        img.Attributes["src"] = UrlMap.MediaFile(path);
        // CASE: beside its own title a thumbnail says nothing more; an empty alt keeps screen readers from repeating it.
        img.Attributes["alt"] = thumbnail ? "" : photo.AltText;
        if (photo is { Width: { } width, Height: { } height })
        {
            var (sizes, denseScreenSizes) = (layout ?? (thumbnail ? PhotoLayout.Thumbnail : PhotoLayout.ArticleLead)) switch
            {
                PhotoLayout.Thumbnail => (ThumbnailSizes, DenseScreenThumbnailSizes),
                PhotoLayout.HomeLead => (HomeLeadSizes, DenseScreenHomeLeadSizes),
                PhotoLayout.LeadBlock => (LeadBlockSizes, DenseScreenLeadBlockSizes),
                _ => (LeadSizes, DenseScreenLeadSizes),
            };
            var kind = thumbnail ? PhotoRenditions.Framed.Thumbnail : PhotoRenditions.Framed.Lead;
            IReadOnlyList<int> widths = thumbnail ? PhotoRenditions.ThumbnailWidths : frame is null ? [] : PhotoRenditions.WidthsFor(frame.Width);
            string SrcSet(string extension) => frame is null
                ? PhotoRenditions.SrcSet(path, width, extension)
                : PhotoRenditions.FramedSrcSet(path, kind, frame.Version, widths, extension);
            if (frame is not null)
            {
                (width, height) = thumbnail ? (widths[^1], widths[^1] * 9 / 16) : (frame.Width, frame.Height);
                img.Attributes["src"] = UrlMap.MediaFile(PhotoRenditions.FramedPath(path, kind, frame.Version, width, "jpg"));
            }
            var webp = SrcSet("webp");
            content.AppendHtml(WebpSource(webp, denseScreenSizes, DenseScreens));
            content.AppendHtml(WebpSource(webp, sizes));

            img.Attributes["srcset"] = SrcSet("jpg");
            img.Attributes["sizes"] = sizes;
            img.Attributes["width"] = width.ToString();
            img.Attributes["height"] = height.ToString();
        }
        if (priority) img.Attributes["fetchpriority"] = "high";
        else
        {
            img.Attributes["loading"] = "lazy";
            img.Attributes["decoding"] = "async";
        }
        content.AppendHtml(img);
    }

    private static TagBuilder WebpSource(string srcset, string sizes, string? media = null)
    {
        var source = new TagBuilder("source") { TagRenderMode = TagRenderMode.SelfClosing };
        if (media is not null) source.Attributes["media"] = media;
        source.Attributes["type"] = "image/webp";
        source.Attributes["srcset"] = srcset;
        source.Attributes["sizes"] = sizes;
        return source;
    }
}

/// <summary>The columns a photo is shown in; each has its own <c>sizes</c> in <see cref="PhotoImageTagHelper"/>.</summary>
public enum PhotoLayout
{
    ArticleLead,
    HomeLead,
    LeadBlock,
    Thumbnail,
}
