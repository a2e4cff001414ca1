using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class CallMethodResult
{
    public StatusCode StatusCode { get; set; }

    public StatusCode[]? InputArgumentResults { get; set; }

    public DiagnosticInfo?[]? InputArgumentDiagnosticInfos { get; set; }

    public Variant[]? OutputArguments { get; set; }

    public void Encode(UaWriter w)
    {
        w.WriteStatusCode(StatusCode);
        w.WriteArray<StatusCode>(InputArgumentResults, static (x, v) => x.WriteStatusCode(v));
        w.WriteArray<DiagnosticInfo?>(InputArgumentDiagnosticInfos, static (x, v) => x.WriteDiagnosticInfo(v));
        w.WriteArray<Variant>(OutputArguments, static (x, v) => x.WriteVariant(v));
    }

    public static CallMethodResult Decode(ref UaReader r) => new()
    {
        StatusCode = r.ReadStatusCode(),
        InputArgumentResults = r.ReadArray(static (ref UaReader x) => x.ReadStatusCode(), 4, "CallMethodResult.InputArgumentResults"),
        InputArgumentDiagnosticInfos = r.ReadArray(static (ref UaReader x) => x.ReadDiagnosticInfo(), 1, "CallMethodResult.InputArgumentDiagnosticInfos"),
        OutputArguments = r.ReadArray(static (ref UaReader x) => x.ReadVariant(), 1, "CallMethodResult.OutputArguments"),
    };
}
