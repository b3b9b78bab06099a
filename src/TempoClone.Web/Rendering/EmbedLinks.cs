using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace TempoClone.Web.Rendering;

/// <summary>The services a link on its own line can be embedded from.</summary>
public enum EmbedProvider
{
    YouTube,
    X,
    Instagram,
    TikTok,
    Facebook,
    GoogleMaps,
}

/// <summary>
/// An embeddable link, parsed strictly: https (http is upgraded), the provider's exact host names (no look-alikes, no
/// user info, no port), and an id that matches the provider's pattern. Everything the page shows is rebuilt from
/// the id — never the address as typed — so nothing an author writes reaches the frame address or the markup but
/// characters of the id's pattern.
/// </summary>
public sealed partial record EmbedLink(EmbedProvider Provider, string LinkUrl, string FrameUrl, bool Tall)
{
    /// <summary>Every host a frame of <see cref="FrameUrl"/> can come from: the CSP's frame-src lists exactly these.</summary>
    public static readonly IReadOnlyList<string> FrameHosts =
        ["www.youtube-nocookie.com", "platform.twitter.com", "www.instagram.com", "www.tiktok.com", "www.facebook.com", "www.google.com"];

    public string ProviderName => Provider switch
    {
        EmbedProvider.YouTube => "YouTube",
        EmbedProvider.X => "X (Twitter)",
        EmbedProvider.Instagram => "Instagram",
        EmbedProvider.TikTok => "TikTok",
        EmbedProvider.Facebook => "Facebook",
        _ => "Google Maps",
    };

    /// <summary>What the facade's button says.</summary>
    public string Action => Provider switch
    {
        EmbedProvider.YouTube or EmbedProvider.TikTok or EmbedProvider.Facebook => "Putar video",
        EmbedProvider.GoogleMaps => "Tampilkan peta",
        _ => "Tampilkan unggahan",
    };

    private static readonly HashSet<string> YouTubeHosts = ["www.youtube.com", "youtube.com", "m.youtube.com", "www.youtube-nocookie.com"];
    private static readonly HashSet<string> XHosts = ["x.com", "www.x.com", "twitter.com", "www.twitter.com", "mobile.twitter.com"];
    private static readonly HashSet<string> InstagramHosts = ["www.instagram.com", "instagram.com"];
    private static readonly HashSet<string> TikTokHosts = ["www.tiktok.com", "tiktok.com", "m.tiktok.com"];
    private static readonly HashSet<string> FacebookHosts = ["www.facebook.com", "facebook.com", "m.facebook.com", "web.facebook.com"];
    private static readonly HashSet<string> GoogleHosts = ["www.google.com", "google.com", "maps.google.com"];

    /// <summary>The embed a link names, or null for any other link (or anything that is not quite one of these).</summary>
    public static EmbedLink? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 2_000 || text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))) return null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")
            || uri.UserInfo.Length > 0 || !uri.IsDefaultPort || uri.HostNameType != UriHostNameType.Dns) return null;
        var host = uri.IdnHost.ToLowerInvariant();
        var segments = uri.AbsolutePath.Trim('/').Split('/');
        var query = QueryHelpers.ParseQuery(uri.Query);
        string? One(string key) => query.TryGetValue(key, out var values) && values.Count == 1 ? values[0] : null;

        return host switch
        {
            "youtu.be" when segments is [var id] => YouTube(id, shorts: false),
            _ when YouTubeHosts.Contains(host) => segments switch
            {
                ["watch"] => YouTube(One("v"), shorts: false),
                ["shorts", var id] => YouTube(id, shorts: true),
                ["embed" or "live", var id] => YouTube(id, shorts: false),
                _ => null,
            },
            _ when XHosts.Contains(host) && segments is [var user, "status", var id] && XUser().IsMatch(user) && Digits().IsMatch(id) =>
                new(EmbedProvider.X, $"https://x.com/{user}/status/{id}", $"https://platform.twitter.com/embed/Tweet.html?id={id}&dnt=true", Tall: true),
            _ when InstagramHosts.Contains(host) && segments is [var kind and ("p" or "reel" or "tv"), var code, ..] && segments.Length <= 3
                && (segments.Length == 2 || segments[2] == "embed") && InstagramCode().IsMatch(code) =>
                new(EmbedProvider.Instagram, $"https://www.instagram.com/{kind}/{code}/", $"https://www.instagram.com/{kind}/{code}/embed/", Tall: true),
            _ when TikTokHosts.Contains(host) && segments is [var user, "video", var id] && TikTokUser().IsMatch(user) && Digits().IsMatch(id) =>
                new(EmbedProvider.TikTok, $"https://www.tiktok.com/{user}/video/{id}", $"https://www.tiktok.com/player/v1/{id}", Tall: true),
            _ when FacebookHosts.Contains(host) => segments switch
            {
                [var page, "videos", var id] when FacebookPage().IsMatch(page) && Digits().IsMatch(id) => Facebook($"https://www.facebook.com/{page}/videos/{id}/"),
                ["watch"] when One("v") is { } id && Digits().IsMatch(id) => Facebook($"https://www.facebook.com/watch/?v={id}"),
                ["reel", var id] when Digits().IsMatch(id) => Facebook($"https://www.facebook.com/reel/{id}"),
                _ => null,
            },
            _ when GoogleHosts.Contains(host) => Map(segments, One("pb")),
            _ => null,
        };
    }

    private static EmbedLink? YouTube(string? id, bool shorts) => id is not null && YouTubeId().IsMatch(id)
        ? new(EmbedProvider.YouTube, shorts ? $"https://www.youtube.com/shorts/{id}" : $"https://www.youtube.com/watch?v={id}",
            $"https://www.youtube-nocookie.com/embed/{id}?autoplay=1", Tall: shorts)
        : null;

    private static EmbedLink Facebook(string canonical) =>
        new(EmbedProvider.Facebook, canonical, "https://www.facebook.com/plugins/video.php?href=" + Uri.EscapeDataString(canonical), Tall: false);

    /// <summary>
    /// Google's own embed address (Bagikan → Sematkan peta gives "/maps/embed?pb=…"), or a map at coordinates
    /// ("/maps/@-6.2,106.8,15z", also after "/maps/place/Name/"), shown through the keyless "output=embed" form.
    /// </summary>
    private static EmbedLink? Map(string[] segments, string? pb)
    {
        if (segments is ["maps", "embed"] && pb is not null && MapsPb().IsMatch(pb))
        {
            var address = "https://www.google.com/maps/embed?pb=" + Uri.EscapeDataString(pb);
            return new(EmbedProvider.GoogleMaps, address, address, Tall: false);
        }
        var at = segments switch
        {
            ["maps", var position] => position,
            ["maps", "place", var place, var position, ..] when MapsPlace().IsMatch(place) => position,
            _ => null,
        };
        if (at is null || MapsPosition().Match(at) is not { Success: true } match) return null;
        var (lat, lng, zoom) = (match.Groups["lat"].Value, match.Groups["lng"].Value, match.Groups["zoom"].Value);
        if (Math.Abs(double.Parse(lat, CultureInfo.InvariantCulture)) > 90 || Math.Abs(double.Parse(lng, CultureInfo.InvariantCulture)) > 180) return null;
        return new(EmbedProvider.GoogleMaps, $"https://www.google.com/maps/@{lat},{lng},{zoom}z",
            $"https://www.google.com/maps?q={lat},{lng}&z={zoom}&output=embed", Tall: false);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{11}$")]
    private static partial Regex YouTubeId();

    [GeneratedRegex("^[0-9]{1,20}$")]
    private static partial Regex Digits();

    [GeneratedRegex("^[A-Za-z0-9_]{1,15}$")]
    private static partial Regex XUser();

    [GeneratedRegex("^[A-Za-z0-9_-]{5,40}$")]
    private static partial Regex InstagramCode();

    [GeneratedRegex(@"^@[A-Za-z0-9_.]{1,24}$")]
    private static partial Regex TikTokUser();

    [GeneratedRegex(@"^[A-Za-z0-9.\-]{1,80}$")]
    private static partial Regex FacebookPage();

    /// <summary>Google's packed map description, decoded ("!1m18!…!2sMonas!…"); encoded again when the address is rebuilt.</summary>
    [GeneratedRegex(@"^![^\u0000-\u001F""<>\\]{1,1500}$")]
    private static partial Regex MapsPb();

    [GeneratedRegex(@"^[^/?#""'<>&]{1,120}$")]
    private static partial Regex MapsPlace();

    [GeneratedRegex(@"^@(?<lat>-?[0-9]{1,2}(\.[0-9]{1,10})?),(?<lng>-?[0-9]{1,3}(\.[0-9]{1,10})?),(?<zoom>[0-9]{1,2})(\.[0-9]+)?z$")]
    private static partial Regex MapsPosition();
}
