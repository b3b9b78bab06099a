using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TempoClone.IntegrationTests.Infrastructure;

/// <summary>
/// A throwaway redis-server (Debian's `redis-server`, which tests/test.sh installs) on a free loopback port, with no
/// persistence; stopped when disposed.
/// </summary>
public sealed class RedisServer : IDisposable
{
    private readonly Process _process;
    private readonly string _folder = Directory.CreateTempSubdirectory("tempoclone-redis-").FullName;

    public int Port { get; } = FreePort();
    public string Configuration => $"127.0.0.1:{Port}";

    public RedisServer()
    {
        Assert.True(File.Exists("/usr/bin/redis-server"), "redis-server is missing: run tests/test.sh, which installs Debian's redis-server");
        _process = Process.Start(new ProcessStartInfo("/usr/bin/redis-server",
            ["--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", _folder])
        {
            RedirectStandardOutput = true,
        })!;
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!Answers())
        {
            Assert.True(DateTime.UtcNow < deadline, "redis-server did not start");
            Thread.Sleep(50);
        }
    }

    private bool Answers()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            stream.Write("PING\r\n"u8);
            var buffer = new byte[16];
            return stream.Read(buffer) > 0 && buffer[0] == (byte)'+';
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Stops the server now (a Redis outage), before the test ends.</summary>
    public void Stop()
    {
        if (_process.HasExited) return;
        _process.Kill();
        _process.WaitForExit();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        Stop();
        _process.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
