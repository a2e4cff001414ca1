using Grpc.Core;

namespace Mes.Gateway.Tests.Support;

/// <summary>Reads the rich error details the gateway sends.</summary>
internal static class Errors
{
    /// <summary>The ErrorInfo reason of an error, if it carries one.</summary>
    public static string? ReasonOf(RpcException error) =>
        error.GetRpcStatus()?.GetDetail<Google.Rpc.ErrorInfo>()?.Reason;

    /// <summary>The ErrorInfo of an error; fails the test when there is none.</summary>
    public static Google.Rpc.ErrorInfo InfoOf(RpcException error) =>
        error.GetRpcStatus()?.GetDetail<Google.Rpc.ErrorInfo>() ?? throw new Xunit.Sdk.XunitException($"{error.StatusCode} carries no ErrorInfo: {error.Status.Detail}");
}
