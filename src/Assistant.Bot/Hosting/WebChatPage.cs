using Assistant.Channels.DirectLine;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Hosting;

/// <summary>
/// The local chat page at <c>/</c>: Microsoft's Web Chat (installed from npm by the build) talking to
/// the embedded Direct Line endpoint. Served from the <c>webchat</c> folder beside the program, so it
/// works from any working directory. Not served when Direct Line is switched off.
/// </summary>
public static class WebChatPage
{
    public const string Folder = "webchat";

    // Web Chat styles itself with inline <style> elements and shows images as data:/blob: URLs;
    // everything else, scripts included, comes from this host only (no CDN).
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "connect-src 'self' ws: wss:; font-src 'self' data:; media-src 'self' blob: data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    public static WebApplication UseWebChatPage(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value.Enabled)
        {
            return app;
        }

        var root = Path.Combine(AppContext.BaseDirectory, Folder);
        if (!Directory.Exists(root))
        {
            return app;
        }

        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
            },
        });
        return app;
    }
}
