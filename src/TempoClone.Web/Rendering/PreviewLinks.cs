using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace TempoClone.Web.Rendering;

/// <summary>
/// Links to the whole reader page of an article that is not live yet (a draft, a scheduled story), for staff to open
/// and pass on: /pratinjau/{token}, where the token is the article id, an expiry and the story's preview stamp, signed
/// and encrypted with the site's data-protection keys (shared by every instance), so no table is needed. Past
/// <see cref="Lifetime"/>, or once the story's stamp moved (it was published, withdrawn, trashed…: <c>Data.PreviewStamps</c>),
/// the link answers 410. The clock is the app's <see cref="TimeProvider"/>, so tests can let a link expire.
/// </summary>
public sealed class PreviewLinks(IDataProtectionProvider protection, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(48);

    private readonly IDataProtector _protector = protection.CreateProtector("TempoClone.PreviewLinks.v1");

    public sealed record Link(string Path, DateTime ExpiresAtUtc);

    /// <summary>What a token says: which article, the story's preview stamp when it was made, and whether the link has run out.</summary>
    public sealed record Ticket(int ArticleId, DateTime ExpiresAtUtc, bool Expired, int Stamp);

    public Link For(int articleId, int stamp)
    {
        var expires = clock.GetUtcNow().UtcDateTime.Add(Lifetime);
        var token = _protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{articleId}:{expires.Ticks}:{stamp}"));
        return new Link(UrlMap.Preview(token), expires);
    }

    /// <summary>Null for a token this site did not make (or made with keys it no longer has).</summary>
    public Ticket? Read(string token)
    {
        string plain;
        try
        {
            plain = _protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
        var parts = plain.Split(':');
        if (parts.Length != 3 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var id) || !int.TryParse(parts[2], CultureInfo.InvariantCulture, out var stamp)
            || !long.TryParse(parts[1], CultureInfo.InvariantCulture, out var ticks) || ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
            return null;
        var expires = new DateTime(ticks, DateTimeKind.Utc);
        return new Ticket(id, expires, clock.GetUtcNow().UtcDateTime >= expires, stamp);
    }
}
