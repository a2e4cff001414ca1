using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Mes.Gateway.Web;

/// <summary>
/// The dashboard and the terminal: static pages, scripts, styles and message catalogues shipped in
/// <c>wwwroot</c> next to the gateway (the plant network has no internet, so nothing comes from
/// elsewhere), served anonymously under <see cref="BasePath"/>. The pages call the JSON API with the
/// caller's own credential; the files themselves hold no data.
/// </summary>
public static class WebUi
{
    /// <summary>Where the web UI lives.</summary>
    public const string BasePath = "/app";

    /// <summary>The pages by route below <see cref="BasePath"/> (the sign-in page is <see cref="BasePath"/>/ itself).</summary>
    public static readonly IReadOnlyDictionary<string, string> Pages = new Dictionary<string, string>
    {
        [BasePath + "/dashboard"] = "dashboard.html",
        [BasePath + "/terminal"] = "terminal.html",
    };

    // Everything from this origin only, no inline script or style: what a page can run is what ships.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Serves the pages and their assets; <c>/</c> leads to the sign-in page.</summary>
    public static WebApplication UseMesWebUi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var root = Path.Combine(app.Environment.ContentRootPath, "wwwroot");
        if (!Directory.Exists(root))
        {
            throw new InvalidOperationException($"The web UI's files are missing: {root} does not exist (build the gateway project).");
        }

        var files = new PhysicalFileProvider(root);
        app.UseWhen(c => c.Request.Path.StartsWithSegments(BasePath), branch => branch.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
            headers[HeaderNames.XContentTypeOptions] = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            // Revalidated on every load (the ETag makes that cheap), so an update reaches every kiosk at once.
            headers[HeaderNames.CacheControl] = "no-cache";
            await next(context);
        }));
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = BasePath,
            FileProvider = files,
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
        });
        foreach (var (route, file) in Pages)
        {
            app.MapGet(route, () => Results.File(Path.Combine(root, file), "text/html; charset=utf-8")).AllowAnonymous().ExcludeFromDescription();
        }
        // Routing matches /app and /app/ alike; the pages' relative links need the slash.
        app.MapGet(BasePath, (HttpContext context) => context.Request.Path.Value!.EndsWith('/')
                ? Results.File(Path.Combine(root, "index.html"), "text/html; charset=utf-8")
                : Results.Redirect(BasePath + "/"))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/", () => Results.Redirect(BasePath + "/")).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
