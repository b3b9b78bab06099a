using System.Net;
using System.Security.Cryptography;
using System.Text;
using TempoClone.Web.Hosting;

namespace TempoClone.Web.Pages.Popularity;

/// <summary>
/// How a reader is remembered without being stored: the source (an IPv4 address, or an IPv6 /64) hashed with a random
/// key that lives only in memory (or Redis) and changes every day, so nothing kept can be traced back to a person.
/// </summary>
public static class ReaderKeys
{
    /// <summary>Who is counted once: an IPv4 address, or the /64 of an IPv6 one (<see cref="ClientNetworks"/>).</summary>
    public static string SourceOf(string clientAddress) =>
        IPAddress.TryParse(clientAddress, out var address) ? ClientNetworks.NetworkOf(address) : clientAddress;

    /// <summary>The hour a view counts in.</summary>
    public static DateTime HourOf(DateTime utc) => new(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, DateTimeKind.Utc);

    /// <summary>The source's key for one article, or (article 0) for the source's hourly cap.</summary>
    public static string For(byte[] dayKey, int articleId, string source) =>
        Convert.ToBase64String(HMACSHA256.HashData(dayKey, Encoding.UTF8.GetBytes($"{articleId}\n{source}")));

    public static byte[] NewDayKey() => RandomNumberGenerator.GetBytes(32);
}
