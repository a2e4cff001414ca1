using Mes.OpcUa.Client;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.Types;

namespace Mes.Web.Tests.Support;

/// <summary>What an engineer does at the PLC simulator over OPC UA, with the project's own client.</summary>
public static class SimulatorConsole
{
    private const string Namespace = "urn:zone-mes:plc-simulator";

    /// <summary>Raises an alarm on a machine for <paramref name="seconds"/> (the simulator's InjectFault method).</summary>
    public static async Task InjectFault(string endpoint, string workstationId, string code, double seconds)
    {
        await using var client = await UaClient.ConnectAsync(endpoint);
        var namespaces = (await client.ReadValueAsync(WellKnownNodes.NamespaceArray)).Value.Get<string[]>();
        var index = (ushort)Array.IndexOf(namespaces, Namespace);
        var result = await client.CallAsync(new NodeId(workstationId, index), new NodeId($"{workstationId}.InjectFault", index), [new Variant(code), new Variant(seconds)]);
        if (!result.Status.IsGood)
        {
            throw new InvalidOperationException($"InjectFault on {workstationId} was refused: {result.Status}");
        }
    }
}
