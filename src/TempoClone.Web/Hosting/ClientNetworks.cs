using System.Net;
using System.Net.Sockets;

namespace TempoClone.Web.Hosting;

/// <summary>
/// The unit a limit counts for one client: an IPv4 address, or an IPv6 /64. One subscriber is handed a whole /64 and
/// can pick any address in it, so counting IPv6 by address would give one person unlimited fresh starts.
/// </summary>
public static class ClientNetworks
{
    public static string ClientNetwork(this HttpContext context) =>
        context.Connection.RemoteIpAddress is { } address ? NetworkOf(address) : IPAddress.None.ToString();

    public static string NetworkOf(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) return address.MapToIPv4().ToString();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
