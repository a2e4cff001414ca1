using System.Globalization;
using Mes.Testing;

namespace Mes.PlcSimulator.Tests;

/// <summary>
/// The simulator as an integrator meets it: the real simulator process serving OPC UA on loopback, and
/// node-opcua (another stack) browsing it, subscribing to a counter and injecting a fault by method call.
/// </summary>
public sealed class NodeOpcUaAgainstSimulatorTests(SimulatorUnderNodeOpcUa run) : IClassFixture<SimulatorUnderNodeOpcUa>
{
    private ScriptChecks Checks => run.Checks;

    [Fact]
    public void Node_opcua_finds_the_line_and_its_eight_machines_by_browsing() =>
        AssertAll("namespace", "browse-line", "browse-machines");

    [Fact]
    public void Node_opcua_sees_the_printers_total_count_grow_through_a_subscription() => Checks.AssertPassed("counts-grow");

    [Fact]
    public void A_fault_injected_by_method_call_raises_the_alarm_node_opcua_is_subscribed_to() =>
        AssertAll("inject-fault-call", "fault-seen");

    [Fact]
    public void A_second_fault_while_one_is_active_is_refused_with_bad_invalid_state() => Checks.AssertPassed("second-fault-refused");

    [Fact]
    public void The_node_opcua_run_ends_without_error() =>
        Assert.True(Checks.ExitCode == 0, string.Create(CultureInfo.InvariantCulture, $"node exited with {Checks.ExitCode}:\n{Checks.Output}"));

    private void AssertAll(params string[] names)
    {
        foreach (var name in names)
        {
            Checks.AssertPassed(name);
        }
    }
}

/// <summary>The simulator process and one node-opcua script run against it, shared by the tests above.</summary>
public sealed class SimulatorUnderNodeOpcUa : IAsyncLifetime
{
    private SimulatorProcess? simulator;

    public ScriptChecks Checks { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        simulator = await SimulatorProcess.StartAsync(speed: 20);
        Checks = await NodeScripts.RunChecksAsync("simulator-client.js", [simulator.Endpoint], TimeSpan.FromMinutes(2));
    }

    public async Task DisposeAsync()
    {
        if (simulator is not null)
        {
            await simulator.DisposeAsync();
        }
    }
}
