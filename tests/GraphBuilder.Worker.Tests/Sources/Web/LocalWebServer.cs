using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GraphBuilder.Worker.Tests.Sources.Web;

/// <summary>
/// A real HTTP server (Kestrel) on 127.0.0.1 and a free port, serving what a test puts at each
/// path (with an ETag, answering a matching If-None-Match with 304), and counting the requests each
/// path gets. While <see cref="Failing"/>, every request gets a 503. Nothing reaches beyond this machine.
/// </summary>
public sealed class LocalWebServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _notModified = new(StringComparer.Ordinal);

    private LocalWebServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<LocalWebServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var server = new LocalWebServer(builder.Build());
        server._app.Run(server.HandleAsync);
        await server._app.StartAsync();
        var address = server._app.Services.GetService(typeof(IServer)) is IServer s ? s.Features.Get<IServerAddressesFeature>()!.Addresses.First() : throw new InvalidOperationException("no server");
        server.BaseAddress = new Uri(address + "/");
        return server;
    }

    public Uri Url(string path) => new(BaseAddress, path);

    /// <summary>How many requests reached <paramref name="path"/>.</summary>
    public int Requests(string path) => _requests.GetValueOrDefault(path);

    /// <summary>How many of them were answered 304 Not Modified.</summary>
    public int NotModified(string path) => _notModified.GetValueOrDefault(path);

    public bool Failing { get; set; }

    /// <summary>Serves <paramref name="body"/> as UTF-8, with "{BASE}" standing for this server's address (feeds link to it).</summary>
    public void Serve(string path, string contentType, string body, int status = 200) =>
        Serve(path, contentType, System.Text.Encoding.UTF8.GetBytes(Resolve(body)), status);

    public string Resolve(string text) => text.Replace("{BASE}", BaseAddress.AbsoluteUri.TrimEnd('/'), StringComparison.Ordinal);

    public void Serve(string path, string contentType, byte[] body, int status = 200)
    {
        var etag = $"\"{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(body))[..16]}\"";
        Handle(path, async context =>
        {
            if (status == 200 && context.Request.Headers.IfNoneMatch == etag)
            {
                _notModified.AddOrUpdate(path, 1, (_, n) => n + 1);
                context.Response.StatusCode = 304;
                return;
            }

            if (status == 200)
                context.Response.Headers.ETag = etag;
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body);
        });
    }

    public void Handle(string path, Func<HttpContext, Task> handler) => _routes[path] = handler;

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        _requests.AddOrUpdate(path, 1, (_, n) => n + 1);
        if (Failing)
            context.Response.StatusCode = 503;
        else if (_routes.TryGetValue(path, out var handler))
            await handler(context);
        else
            context.Response.StatusCode = 404;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
