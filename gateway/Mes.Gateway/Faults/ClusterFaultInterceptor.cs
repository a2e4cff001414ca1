using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Mes.Gateway.Faults;

/// <summary>
/// Answers a call whose grain call failed for a passing reason with the retryable status
/// <see cref="ClusterFaults.RetryStatus"/> names (UNAVAILABLE, ABORTED) instead of UNKNOWN, so that terminals and
/// integrations know to send the same request again.
/// </summary>
public sealed partial class ClusterFaultInterceptor(ILogger<ClusterFaultInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        try
        {
            return await continuation(request, context);
        }
        catch (Exception e) when (e is not RpcException && ClusterFaults.RetryStatus(e) is { } status)
        {
            throw Retryable(context, status, e);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception e) when (e is not RpcException && ClusterFaults.RetryStatus(e) is { } status)
        {
            throw Retryable(context, status, e);
        }
    }

    private RpcException Retryable(ServerCallContext context, StatusCode status, Exception e)
    {
        LogRetryable(context.Method, status, e.GetType().Name, e.Message);
        return new RpcException(new Status(status, ClusterFaults.Describe(status, e)));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} answered {Status}: {Exception}: {Problem}")]
    private partial void LogRetryable(string method, StatusCode status, string exception, string problem);
}
