using System.Net;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Markdig.Extensions.CustomContainers;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Rendering;

/// <summary>A stored photo the body names: its main file and, when it has renditions, its upright size.</summary>
public sealed record InlinePhoto(string Path, int? Width, int? Height);

/// <summary>Finds a stored photo by its main-file path ("2026/abc….jpg"); null for anything else.</summary>
public delegate InlinePhoto? InlinePhotoLookup(string path);

/// <summary>
/// Photos in the text. An editor writes <c>![Keterangan](foto:2026/abc….jpg "Kredit")</c> on a line of its own (the
/// toolbar's Foto button inserts it from the photo library). The stored body keeps it as plain HTML any reader of
/// HTML understands — a <c>&lt;figure&gt;</c> with one <c>&lt;img&gt;</c> of the main file, its size, and the caption
/// and credit — so feeds and the API get a plain image; the reader page turns that image into the
/// <c>&lt;picture&gt;</c> with renditions that lead photos have (<see cref="Apply"/>). A name that is no stored photo
/// keeps its caption as text.
/// </summary>
public static partial class InlinePhotos
{
    public const string Scheme = "foto:";

    /// <summary>The fence of a gallery (Tempo's Foto): <c>:::galeri Judul</c>, one photo a line, <c>:::</c>.</summary>
    public const string Gallery = "galeri";

    /// <summary>The classes the stored figure and gallery use: the sanitiser keeps these.</summary>
    public static readonly IReadOnlySet<string> Classes = new HashSet<string>(StringComparer.Ordinal) { "inline-photo", "caption", "credit", "gallery", "gallery-list" };

    /// <summary>
    /// In the parsed Markdown, each <c>:::galeri</c> block becomes an ordered list of figures, and each other paragraph
    /// that is one <c>foto:</c> image becomes a figure (when the photo is stored).
    /// </summary>
    public static void Place(MarkdownDocument document, InlinePhotoLookup? lookup)
    {
        if (lookup is null) return; // CASE: no lookup (a start-up backfill): captions stay as text (ImagesAsLinks).
        foreach (var gallery in document.Descendants<CustomContainer>().Where(c => c.Info?.Trim().ToLowerInvariant() == Gallery).ToList())
        {
            var photos = gallery.Descendants<ParagraphBlock>().SelectMany(p => PhotosOf(p, lookup)).ToList();
            // CASE: a gallery without one stored photo is no gallery: its text stays, as the furniture's unknown fences do.
            if (photos.Count > 0) Replace(gallery, GalleryHtml(gallery.Arguments?.Trim(), photos));
        }
        foreach (var paragraph in document.Descendants<ParagraphBlock>().ToList())
        {
            if (PhotosOf(paragraph, lookup) is [var one] && Parts(paragraph).Count == 1) Replace(paragraph, one);
        }
    }

    /// <summary>The figures of a paragraph's stored <c>foto:</c> images, in order; the paragraph's other text is ignored.</summary>
    private static List<string> PhotosOf(ParagraphBlock paragraph, InlinePhotoLookup lookup) =>
        Parts(paragraph).OfType<LinkInline>()
            .Where(image => image.IsImage && IsPhotoAddress(image.Url))
            .Select(image => lookup(image.Url![Scheme.Length..]) is { } photo ? Figure(photo, CaptionOf(image), image.Title?.Trim() ?? "") : null)
            .OfType<string>().ToList();

    private static List<Inline> Parts(ParagraphBlock paragraph) => paragraph.Inline is not { } inlines ? [] :
        inlines.Where(inline => !(inline is LiteralInline text && text.Content.IsEmptyOrWhitespace()) && inline is not LineBreakInline).ToList();

    private static string CaptionOf(LinkInline image) => string.Concat(image.Descendants<LiteralInline>().Select(text => text.Content.ToString())).Trim();

    private static void Replace(Block block, string markup)
    {
        var html = new HtmlBlock(null) { Type = HtmlBlockType.NonInterruptingBlock, Lines = new StringLineGroup(1) };
        html.Lines.Add(new StringSlice(markup));
        var parent = block.Parent!;
        parent[parent.IndexOf(block)] = html;
    }

    /// <summary>A readable sequence: a heading, then the photos in the order written, each with its own caption and credit.</summary>
    private static string GalleryHtml(string? title, List<string> figures) =>
        $"""<div class="gallery"><h2 class="furniture-title">{HtmlEncoder.Default.Encode(string.IsNullOrEmpty(title) ? "Galeri foto" : title)}</h2>""" +
        $"""<ol class="gallery-list">{string.Concat(figures.Select(figure => "<li>" + figure + "</li>"))}</ol></div>""";

    /// <summary>Whether the stored body holds a gallery: the save marks the story as a photo story (<c>/foto</c>).</summary>
    public static bool HasGallery(string bodyHtml) => bodyHtml.Contains("""<div class="gallery">""", StringComparison.Ordinal);

    private static bool IsPhotoAddress(string? url) => url is not null && url.StartsWith(Scheme, StringComparison.Ordinal) && StoredPath().IsMatch(url[Scheme.Length..]);

    private static string Figure(InlinePhoto photo, string caption, string credit)
    {
        var e = HtmlEncoder.Default;
        var size = photo is { Width: { } width, Height: { } height } ? $" width=\"{width}\" height=\"{height}\"" : "";
        return $"""<figure class="inline-photo"><img src="{e.Encode(UrlMap.MediaFile(photo.Path))}" alt="{e.Encode(caption)}"{size} loading="lazy">""" +
            (caption.Length + credit.Length == 0 ? "" : "<figcaption>" +
                (caption.Length > 0 ? $"""<span class="caption">{e.Encode(caption)}</span>""" : "") +
                (credit.Length > 0 ? $"""<span class="credit">{e.Encode(credit)}</span>""" : "") + "</figcaption>") +
            "</figure>";
    }

    /// <summary>The sanitiser keeps an image only when it is one of ours: a stored photo under /media.</summary>
    public static bool IsStoredPhotoSource(string? src) =>
        src is not null && src.StartsWith(UrlMap.Media + "/", StringComparison.Ordinal) && StoredPath().IsMatch(src[(UrlMap.Media.Length + 1)..]);

    /// <summary>The main files of the photos a stored (sanitised) body shows: what the save keeps in <see cref="ArticlePhotoUse"/>.</summary>
    public static IReadOnlyCollection<string> PathsIn(string bodyHtml) =>
        StoredImage().Matches(bodyHtml).Select(match => match.Groups["path"].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>For readers on other sites (the API): the photos' addresses made absolute by <paramref name="absolute"/>.</summary>
    public static string WithAbsoluteSources(string bodyHtml, Func<string, string> absolute) =>
        bodyHtml.Replace($"<img src=\"{UrlMap.Media}/", $"<img src=\"{absolute(UrlMap.Media)}/", StringComparison.Ordinal);

    /// <summary>The reader page: each stored photo of the body as a picture with its renditions (lazy, sized for the article column).</summary>
    public static string Apply(string bodyHtml) => StoredImage().Replace(bodyHtml, match =>
    {
        if (!match.Groups["width"].Success) return match.Value; // CASE: a photo stored before renditions existed has one file
        var photo = new LeadPhoto
        {
            Caption = "", AltText = WebUtility.HtmlDecode(match.Groups["alt"].Value), ImagePath = match.Groups["path"].Value,
            Width = int.Parse(match.Groups["width"].ValueSpan), Height = int.Parse(match.Groups["height"].ValueSpan),
        };
        using var writer = new StringWriter();
        PhotoImageTagHelper.Picture(photo).WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    });

    [GeneratedRegex(@"^\d{4}/[0-9a-f]{32}\.(jpg|png|webp)$")]
    private static partial Regex StoredPath();

    // The sanitiser writes the image as Figure() did, attributes in the same order.
    [GeneratedRegex("""<img src="/media/(?<path>\d{4}/[0-9a-f]{32}\.(?:jpg|png|webp))" alt="(?<alt>[^"]*)"(?: width="(?<width>\d{1,5})" height="(?<height>\d{1,5})")? loading="lazy">""")]
    private static partial Regex StoredImage();
}
