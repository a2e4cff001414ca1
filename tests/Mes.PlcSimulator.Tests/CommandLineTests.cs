using Mes.OpcUa.Types;
using Mes.PlcSimulator.Engine;
using Mes.PlcSimulator.Host;

namespace Mes.PlcSimulator.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void Without_arguments_the_simulator_serves_one_line_on_the_default_endpoint_with_seed_1()
    {
        var (options, error) = CommandLine.Parse([]);

        Assert.Null(error);
        Assert.Equal(RunMode.Serve, options!.Mode);
        Assert.Equal(new Uri("opc.tcp://127.0.0.1:4840"), options.Endpoint);
        Assert.Equal(1, options.Lines);
        Assert.Equal(1, options.Seed);
        Assert.Null(options.ConfigPath);
    }

    [Fact]
    public void By_default_the_simulator_offers_None_Sign_and_SignAndEncrypt_to_anonymous_clients()
    {
        var (options, _) = CommandLine.Parse([]);

        Assert.Equal(ServerSecurity.Default, options!.Security);
        Assert.Equal(7, options.Security.Endpoints.Count);
    }

    [Fact]
    public void Security_options_configure_endpoints_login_and_certificate_store()
    {
        var (options, _) = CommandLine.Parse(["--security", "Sign,SignAndEncrypt", "--user", "operator", "--no-anonymous", "--pki", "/var/lib/sim/pki", "--auto-accept"]);

        Assert.Equal(new ServerSecurity([MessageSecurityMode.Sign, MessageSecurityMode.SignAndEncrypt], "operator", false, "/var/lib/sim/pki", true), options!.Security);
        Assert.DoesNotContain(options.Security.Endpoints, e => e.Mode == MessageSecurityMode.None);
    }

    [Fact]
    public void Every_option_is_read()
    {
        var (options, _) = CommandLine.Parse(["--config", "my.json", "--endpoint", "opc.tcp://0.0.0.0:4841", "--seed", "-7", "--speed", "60",
            "--lines", "50", "--security", "None", "--start", "2026-03-01T08:00:00Z", "--headless", "--duration", "3600", "--events", "e.jsonl"]);

        Assert.Equal(new SimulatorOptions("my.json", new Uri("opc.tcp://0.0.0.0:4841"), -7, 60, 50, ServerSecurity.Default with { Modes = [MessageSecurityMode.None] },
            new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero), RunMode.Headless, TimeSpan.FromHours(1), "e.jsonl"), options);
    }

    [Theory]
    [InlineData("--security Basic128", "--security 'Basic128' must be None, Sign or SignAndEncrypt")]
    [InlineData("--security None,Encrypt", "--security 'Encrypt' must be None, Sign or SignAndEncrypt")]
    [InlineData("--security ,", "--security needs at least one of None, Sign, SignAndEncrypt")]
    [InlineData("--no-anonymous", "--no-anonymous needs --user")]
    [InlineData("--user", "--user needs a value")]
    [InlineData("--lines 0", "--lines '0' must be a whole number from 1 to 999")]
    [InlineData("--speed -1", "--speed '-1' must be a number > 0")]
    [InlineData("--endpoint http://localhost:80", "--endpoint 'http://localhost:80' must be opc.tcp://<host>:<port>")]
    [InlineData("--headless", "--headless needs --duration <simulated seconds>")]
    [InlineData("--seed", "--seed needs a value")]
    [InlineData("--verbose", "unknown argument --verbose")]
    [InlineData("--headless --benchmark", "--benchmark cannot be combined with --headless")]
    [InlineData("--start yesterday", "--start 'yesterday' must be an ISO 8601 time")]
    public void A_bad_argument_is_refused_naming_it(string arguments, string message)
    {
        var (options, error) = CommandLine.Parse(arguments.Split(' '));

        Assert.Null(options);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Copies_of_a_line_are_refused_when_their_numbers_would_pass_999()
    {
        var line = ShippedLineJson.Line(r => r["line"] = "smt-990");

        Assert.Null(Simulation.RefuseLineCount(line, 10));
        Assert.Equal("--lines 11: line smt-990 can have 1 to 10 copies", Simulation.RefuseLineCount(line, 11));
    }
}
