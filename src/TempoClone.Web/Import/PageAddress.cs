using System.Globalization;
using System.Text.RegularExpressions;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Import;

/// <summary>
/// What a page's address says about the story: its Tempo id, kanal (the subdomain, else the first path segment, with
/// renamed kanals mapped), language (en.tempo.co and magz.tempo.co are the English edition), the day in the path and
/// the title's slug. A crawler saves the address as the first or last line; the import page can also be given it.
/// </summary>
public sealed partial record PageAddress(string Url, bool IsTempo, string? TempoId, string? Kanal, string Language, TempoDate? Date, string? Slug)
{
    public const string EnglishKanal = "English";

    /// <summary>A whole line that is a web address: with a scheme, or a host and a path ("tempo.co/read/1/…"); never a bare name like "Tempo.co".</summary>
    public static bool IsAddressLine(string line) => UrlLinePattern().IsMatch(line.Trim());

    public static PageAddress? Read(string? line)
    {
        if (line is null || !IsAddressLine(line)) return null;
        var text = line.Trim();
        if (!Uri.TryCreate(text.Contains("://", StringComparison.Ordinal) ? text : "https://" + text, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)) return null;

        var host = uri.Host.ToLowerInvariant();
        var url = uri.GetLeftPart(UriPartial.Path);
        if (url.Length > Article.SourceUrlMaxLength) url = url[..Article.SourceUrlMaxLength];
        var tempoHost = TempoHostPattern().Match(host);
        if (!tempoHost.Success) return new PageAddress(url, false, null, null, ArticleLanguages.Indonesian, null, null);

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        var subdomain = tempoHost.Groups["sub"].Success ? tempoHost.Groups["sub"].Value.Split('.')[^1] : "";
        var english = EnglishHosts.Contains(subdomain);
        var kanal = english ? EnglishKanal
            : subdomain.Length > 0 && !NotKanalHosts.Contains(subdomain) ? KanalNames.Canonical(subdomain)
            : segments.SkipLast(1).FirstOrDefault(IsKanalSegment) is { } segment ? KanalNames.Canonical(segment)
            : null;
        var slug = segments.Length > 0 && segments[^1].Any(char.IsLetter) ? IdSuffixPattern().Replace(segments[^1], "") : null;
        var id = TempoTextParser.TempoIdIn(text) ?? NumericId(segments);
        // CASE: Koran, Majalah and the English edition number their stories apart from tempo.co; "451378" is two stories.
        if (id is not null && SeparateNumbering.Contains(subdomain)) id = subdomain + "-" + id;
        return new PageAddress(url, true, id, kanal,
            english ? ArticleLanguages.English : ArticleLanguages.Indonesian, TempoDates.InAddress(uri.AbsolutePath), slug);
    }

    /// <summary>How much of the address's slug a line's words cover (0–1); 0 when the address has no slug.</summary>
    public double SlugMatch(string line)
    {
        if (Slug is null) return 0;
        var wanted = Slug.Split('-', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 1).ToHashSet();
        if (wanted.Count == 0) return 0;
        var words = Rendering.Slugs.From(line, int.MaxValue).Split('-').ToHashSet();
        return (double)wanted.Count(words.Contains) / wanted.Count;
    }

    // Koran and magazine AMP pages: /amp/{rubrik}/{id}/{slug}, where the id is a path segment of its own.
    private static string? NumericId(string[] segments) =>
        segments.SkipLast(1).LastOrDefault(s => s.Length >= 4 && s.All(char.IsAsciiDigit) && !IsYear(s));

    private static bool IsKanalSegment(string segment) =>
        segment.Any(char.IsLetter) && !NotKanalSegments.Contains(segment) && KanalSegmentPattern().IsMatch(segment);

    private static bool IsYear(string segment) => segment.Length == 4 && segment[0] is '1' or '2';

    private static readonly HashSet<string> SeparateNumbering = new(StringComparer.OrdinalIgnoreCase) { "koran", "majalah", "magz", "en" };

    private static readonly HashSet<string> EnglishHosts = new(StringComparer.OrdinalIgnoreCase) { "en", "magz", "english" };

    private static readonly HashSet<string> NotKanalHosts = new(StringComparer.OrdinalIgnoreCase)
        { "www", "m", "amp", "koran", "majalah", "store", "interaktif", "id", "static", "cdn" };

    private static readonly HashSet<string> NotKanalSegments = new(StringComparer.OrdinalIgnoreCase)
        { "read", "amp", "news", "berita", "kanal", "edisi", "edition", "index", "indeks", "tag", "topik", "search", "detail", "artikel", "article" };

    [GeneratedRegex(@"^(?:https?://\S+|(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?/\S*)$", RegexOptions.IgnoreCase)]
    private static partial Regex UrlLinePattern();

    [GeneratedRegex(@"^(?:(?<sub>[a-z0-9.-]+)\.)?(?:tempo\.co(?:\.id)?|tempointeraktif\.com|temponews\.com)$")]
    private static partial Regex TempoHostPattern();

    [GeneratedRegex(@"^[a-z][a-z-]{1,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex KanalSegmentPattern();

    [GeneratedRegex(@"-+\d+$")]
    private static partial Regex IdSuffixPattern();
}

/// <summary>Tempo's kanal names over the years, and what each is called today.</summary>
public static class KanalNames
{
    /// <summary>Renamed or merged kanals (address segments and page labels alike); anything else is title-cased.</summary>
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dunia"] = "Internasional", ["internasional"] = "Internasional", ["global"] = "Internasional", ["world"] = "Internasional",
        ["olah-raga"] = "Olahraga", ["olahraga"] = "Olahraga", ["sport"] = "Olahraga", ["sports"] = "Olahraga",
        // DECISION: bisnis.tempo.co became the Ekonomi kanal (tempo.co/ekonomi); both go to one kanal.
        ["bisnis"] = "Ekonomi", ["ekbis"] = "Ekonomi", ["ekonomi"] = "Ekonomi", ["business"] = "Ekonomi",
        ["metro"] = "Metro", ["megapolitan"] = "Metro", ["nasional"] = "Nasional", ["national"] = "Nasional",
        ["travel"] = "Travel", ["wisata"] = "Travel", ["cekfakta"] = "Cek Fakta", ["cek-fakta"] = "Cek Fakta",
        ["inforial"] = "Info Tempo", ["info-tempo"] = "Info Tempo", ["tekno"] = "Tekno", ["teknologi"] = "Tekno",
        ["en"] = PageAddress.EnglishKanal, ["english"] = PageAddress.EnglishKanal,
    };

    public static string Canonical(string name) =>
        Renamed.TryGetValue(name.Trim(), out var current) ? current
            : CultureInfo.GetCultureInfo("id-ID").TextInfo.ToTitleCase(name.Trim().Replace('-', ' ').ToLowerInvariant());
}
