using Grpc.Core;

namespace Mes.Gateway.Tests.Support;

/// <summary>
/// Calls any gRPC method with an empty request (every field at its default) and reports the
/// status, so that one loop can try every method the gateway maps, whatever its shape.
/// </summary>
internal static class RawCall
{
    private static readonly Marshaller<byte[]> Bytes = Marshallers.Create(b => b, b => b);

    /// <summary>The outcome: OK when a reply (or the first streamed message) arrived, else the error.</summary>
    public static async Task<(StatusCode Code, string? Reason)> InvokeAsync(CallInvoker invoker, IMethod method, Metadata headers)
    {
        var call = new Method<byte[], byte[]>(method.Type, method.ServiceName, method.Name, Bytes, Bytes);
        // Bounds a hung call only; the outcome is what the gateway answered.
        var options = new CallOptions(headers, DateTime.UtcNow.AddSeconds(30));
        try
        {
            switch (method.Type)
            {
                case MethodType.Unary:
                    await invoker.AsyncUnaryCall(call, null, options, []);
                    break;
                case MethodType.ServerStreaming:
                    using (var streaming = invoker.AsyncServerStreamingCall(call, null, options, []))
                    {
                        await streaming.ResponseStream.MoveNext(CancellationToken.None);
                    }
                    break;
                case MethodType.ClientStreaming:
                    using (var uploading = invoker.AsyncClientStreamingCall(call, null, options))
                    {
                        await uploading.RequestStream.CompleteAsync();
                        await uploading.ResponseAsync;
                    }
                    break;
                case MethodType.DuplexStreaming:
                    using (var duplex = invoker.AsyncDuplexStreamingCall(call, null, options))
                    {
                        await duplex.RequestStream.CompleteAsync();
                        await duplex.ResponseStream.MoveNext(CancellationToken.None);
                    }
                    break;
            }
            return (StatusCode.OK, null);
        }
        catch (RpcException e)
        {
            return (e.StatusCode, Errors.ReasonOf(e));
        }
    }
}
