namespace Mes.Gateway.Faults;

/// <summary>
/// The same for failures before a call reaches its service: authentication reads the caller's account, key or terminal
/// from the cluster on every call, and when that read fails for a passing reason the answer is 503, which gRPC clients
/// receive as UNAVAILABLE and JSON clients as "try again", rather than a 500.
/// </summary>
public sealed partial class ClusterFaultMiddleware(RequestDelegate next, ILogger<ClusterFaultMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && ClusterFaults.RetryStatus(e) is not null)
        {
            LogUnavailable(context.Request.Path, e.GetType().Name, e.Message);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "1";
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Path} answered 503: {Exception}: {Problem}")]
    private partial void LogUnavailable(string path, string exception, string problem);
}
