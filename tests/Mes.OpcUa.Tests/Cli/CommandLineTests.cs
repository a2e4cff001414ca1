using Mes.OpcUa.Cli;
using Mes.OpcUa.Tests.Security;
using Mes.OpcUa.Tests.Server;

namespace Mes.OpcUa.Tests.Cli;

public sealed class CommandLineTests : IAsyncLifetime
{
    private readonly TemporaryPki _pki = new();
    private TestPlant _plant = null!;

    public async Task InitializeAsync()
    {
        _plant = await TestPlant.StartAsync();
        _pki.Store.Add(Mes.OpcUa.Security.CertificateStoreFolder.Trusted, _plant.Server.Certificate);
    }

    public async Task DisposeAsync()
    {
        await _plant.DisposeAsync();
        _pki.Dispose();
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, error, CancellationToken.None,
            name => name switch { "MES_OPCUA_PKI" => _pki.Store.Root, "MES_OPCUA_PASSWORD" => "secret", _ => null });
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Read_prints_the_value_its_type_and_status_and_exits_zero()
    {
        _plant.Temperature.Value = 231.25;

        var (code, output, _) = await RunAsync("read", _plant.Url, _plant.Temperature.NodeId.ToString());

        Assert.Equal(CommandLine.Success, code);
        Assert.Contains("231.25", output, StringComparison.Ordinal);
        Assert.Contains("Double", output, StringComparison.Ordinal);
        Assert.Contains("Good", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_an_unknown_node_exits_non_zero_with_the_status_name()
    {
        var (code, output, _) = await RunAsync("read", _plant.Url, _plant.Id("nope").ToString());

        Assert.Equal(CommandLine.Failure, code);
        Assert.Contains("BadNodeIdUnknown", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_converts_the_text_to_the_node_data_type()
    {
        var (code, _, _) = await RunAsync("write", _plant.Url, _plant.Setpoint.NodeId.ToString(), "321");

        Assert.Equal(CommandLine.Success, code);
        Assert.Equal((short)321, _plant.Setpoint.Value);
    }

    [Fact]
    public async Task Write_of_an_array_takes_comma_separated_elements()
    {
        var (code, _, _) = await RunAsync("write", _plant.Url, _plant.Axes.NodeId.ToString(), "7.5,8,9");

        Assert.Equal(CommandLine.Success, code);
        Assert.Equal(new[] { 7.5, 8, 9 }, _plant.Axes.Value);
    }

    [Fact]
    public async Task Write_to_a_read_only_node_exits_non_zero_with_BadNotWritable()
    {
        var (code, output, _) = await RunAsync("write", _plant.Url, _plant.GoodCount.NodeId.ToString(), "5");

        Assert.Equal(CommandLine.Failure, code);
        Assert.Contains("BadNotWritable", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_of_text_that_is_not_of_the_node_type_is_a_usage_error()
    {
        var (code, _, error) = await RunAsync("write", _plant.Url, _plant.Setpoint.NodeId.ToString(), "fast");

        Assert.Equal(CommandLine.BadUsage, code);
        Assert.Contains("'fast' is not a Int16", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Browse_lists_the_children_with_their_node_ids()
    {
        var (code, output, _) = await RunAsync("browse", _plant.Url, _plant.Id("smt-01-placer-1").ToString());

        Assert.Equal(CommandLine.Success, code);
        Assert.Contains("GoodCount", output, StringComparison.Ordinal);
        Assert.Contains(_plant.Id("smt-01-placer-1.Reset").ToString(), output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_prints_changes_until_the_duration_ends()
    {
        _plant.GoodCount.Value = 4242;

        var (code, output, _) = await RunAsync("subscribe", _plant.Url, _plant.GoodCount.NodeId.ToString(), "--duration", "1", "--interval", "100");

        Assert.Equal(CommandLine.Success, code);
        Assert.Contains("4242", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_exits_non_zero_with_BadUserAccessDenied()
    {
        var (code, _, error) = await RunAsync("read", _plant.Url, "i=2258", "--user", "operator", "--password", "nope");

        Assert.Equal(CommandLine.Failure, code);
        Assert.Contains("BadUserAccessDenied", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_password_option_the_password_comes_from_MES_OPCUA_PASSWORD()
    {
        var (code, output, _) = await RunAsync("read", _plant.Url, _plant.Temperature.NodeId.ToString(), "--user", "operator");

        Assert.Equal(CommandLine.Success, code);
        Assert.Contains("Good", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_endpoint_exits_non_zero_with_BadNotConnected()
    {
        var (code, _, error) = await RunAsync("read", "opc.tcp://127.0.0.1:1", "i=2258");

        Assert.Equal(CommandLine.Failure, code);
        Assert.Contains("BadNotConnected", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("read")]
    [InlineData("fly", "opc.tcp://127.0.0.1:4840")]
    [InlineData("read", "opc.tcp://127.0.0.1:4840")]
    [InlineData("read", "opc.tcp://127.0.0.1:4840", "i=1", "--duration", "soon")]
    [InlineData("read", "opc.tcp://127.0.0.1:4840", "i=1", "--policy", "Basic128Rsa15")]
    [InlineData("read", "opc.tcp://127.0.0.1:4840", "i=1", "--mode", "Sign")]
    [InlineData("read", "opc.tcp://127.0.0.1:4840", "i=1", "--policy", "Basic256Sha256", "--mode", "None")]
    [InlineData("read", "opc.tcp://127.0.0.1:4840", "i=1", "--user-cert", "user.pem")]
    [InlineData("pki", "trust")]
    public async Task A_command_line_the_tool_does_not_understand_exits_2_with_the_usage(params string[] args)
    {
        var (code, _, error) = await RunAsync(args);

        Assert.Equal(CommandLine.BadUsage, code);
        Assert.Contains("usage: mes-opcua", error, StringComparison.Ordinal);
    }
}
