using Mes.OpcUa.Encoding;
using Mes.OpcUa.Server.Nodes;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Services;

/// <summary>Call (Part 4 §5.11): checks the method belongs to the object and the inputs match the declared arguments, then runs the delegate.</summary>
internal sealed class MethodServices(ServerContext state)
{
    public CallResponse Call(CallRequest request)
    {
        ServerContext.CheckCount(request.MethodsToCall, state.Options.OperationLimits.MaxNodesPerMethodCall, "Call");
        var results = request.MethodsToCall!.Select(CallOne).ToArray();
        return new CallResponse { ResponseHeader = state.Header(request.RequestHeader), Results = results };
    }

    private CallMethodResult CallOne(CallMethodRequest call)
    {
        if (state.AddressSpace.Find(call.ObjectId) is not { } target) return Fail(StatusCode.BadNodeIdUnknown);
        if (state.AddressSpace.Find(call.MethodId) is not MethodNode method) return Fail(StatusCode.BadMethodInvalid);
        if (!target.ReferencesSnapshot().Any(r => r.IsForward && r.Target == method.NodeId)) return Fail(StatusCode.BadMethodInvalid);
        if (!method.Executable) return Fail(StatusCode.BadNotExecutable);
        var inputs = call.InputArguments ?? [];
        if (inputs.Length < method.InputArguments.Count) return Fail(StatusCode.BadArgumentsMissing);
        if (inputs.Length > method.InputArguments.Count) return Fail(StatusCode.BadTooManyArguments);
        var argumentResults = new StatusCode[inputs.Length];
        var anyBad = false;
        for (var i = 0; i < inputs.Length; i++)
        {
            argumentResults[i] = Matches(method.InputArguments[i], inputs[i]) ? StatusCode.Good : StatusCode.BadTypeMismatch;
            anyBad |= argumentResults[i].IsBad;
        }
        if (anyBad) return new CallMethodResult { StatusCode = StatusCode.BadInvalidArgument, InputArgumentResults = argumentResults, OutputArguments = [] };
        try
        {
            var outputs = method.Handler(call.ObjectId, inputs);
            return new CallMethodResult { StatusCode = StatusCode.Good, InputArgumentResults = [], OutputArguments = outputs.ToArray() };
        }
        catch (ServiceResultException e)
        {
            return Fail(e.StatusCode);
        }
    }

    private static bool Matches(Argument argument, Variant value)
    {
        if (argument.DataType == WellKnownNodes.BaseDataType) return true;
        var expected = BuiltInTypes.FromDataTypeId(argument.DataType);
        var rankOk = argument.ValueRank switch
        {
            -1 => !value.IsArray,
            >= 1 => value.IsArray,
            _ => true,
        };
        return rankOk && (expected is null || expected == value.Type);
    }

    private static CallMethodResult Fail(StatusCode status) => new() { StatusCode = status, InputArgumentResults = [], OutputArguments = [] };
}
