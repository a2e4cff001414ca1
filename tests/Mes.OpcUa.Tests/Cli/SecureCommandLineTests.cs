using Mes.OpcUa.Cli;
using Mes.OpcUa.SecureChannel;
using Mes.OpcUa.Security;
using Mes.OpcUa.Server;
using Mes.OpcUa.Tests.Security;
using Mes.OpcUa.Tests.Server;

namespace Mes.OpcUa.Tests.Cli;

/// <summary>The integrator's round with a PLC that has security on: refused, told why, trusts, connects.</summary>
public sealed class SecureCommandLineTests : IAsyncLifetime
{
    private readonly TemporaryPki _cli = new();
    private readonly TemporaryPki _server = new();
    private TestPlant _plant = null!;

    public async Task InitializeAsync() =>
        _plant = await TestPlant.StartAsync(new UaServerOptions { Endpoints = [EndpointSecurity.Basic256Sha256SignAndEncrypt], Pki = _server.Store });

    public async Task DisposeAsync()
    {
        await _plant.DisposeAsync();
        _cli.Dispose();
        _server.Dispose();
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync([.. args, "--pki", _cli.Store.Root], output, error, CancellationToken.None, _ => null);
        return (code, output.ToString(), error.ToString());
    }

    private Task<(int Code, string Output, string Error)> ReadSecurelyAsync() =>
        RunAsync("read", _plant.Url, _plant.Temperature.NodeId.ToString(), "--policy", "Basic256Sha256", "--mode", "SignAndEncrypt", "--user", "operator", "--password", "secret");

    [Fact]
    public async Task An_untrusted_server_is_refused_with_the_command_that_trusts_it()
    {
        var (code, _, error) = await ReadSecurelyAsync();

        Assert.Equal(CommandLine.Failure, code);
        Assert.Contains("BadCertificateUntrusted", error, StringComparison.Ordinal);
        Assert.Contains($"mes opcua trust {_plant.Server.Certificate.Thumbprint}", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_trusting_the_server_a_client_the_server_does_not_trust_is_told_which_certificate_to_hand_over()
    {
        await ReadSecurelyAsync();
        var (trustCode, trustOutput, _) = await RunAsync("trust", _plant.Server.Certificate.Thumbprint[..12]);

        var (code, _, error) = await ReadSecurelyAsync();

        Assert.Equal(CommandLine.Success, trustCode);
        Assert.Contains("trusted", trustOutput, StringComparison.Ordinal);
        Assert.Equal(CommandLine.Failure, code);
        Assert.Contains("BadSecurityChecksFailed", error, StringComparison.Ordinal);
        var own = Assert.Single(_cli.Store.List(), c => c.Folder == CertificateStoreFolder.Own);
        Assert.Contains(own.Thumbprint, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Once_both_sides_trust_each_other_the_read_succeeds_over_SignAndEncrypt()
    {
        await ReadSecurelyAsync();
        await RunAsync("pki", "trust", _plant.Server.Certificate.Thumbprint);
        await ReadSecurelyAsync();
        _server.Store.Trust(Assert.Single(_server.Store.List(), c => c.Folder == CertificateStoreFolder.Rejected).Thumbprint);

        var (code, output, _) = await ReadSecurelyAsync();

        Assert.Equal(CommandLine.Success, code);
        Assert.Contains("Double", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pki_list_shows_each_certificate_with_its_folder_and_thumbprint()
    {
        await ReadSecurelyAsync();

        var (code, output, _) = await RunAsync("pki", "list");

        Assert.Equal(CommandLine.Success, code);
        Assert.Contains($"rejected  {_plant.Server.Certificate.Thumbprint}", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trusting_an_unknown_thumbprint_exits_non_zero_naming_the_folder_searched()
    {
        var (code, _, error) = await RunAsync("trust", "DEADBEEFDEADBEEF");

        Assert.Equal(CommandLine.Failure, code);
        Assert.Contains("rejected", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Endpoints_lists_the_policies_modes_and_tokens_the_server_offers()
    {
        var (code, output, _) = await RunAsync("endpoints", _plant.Url);

        Assert.Equal(CommandLine.Success, code);
        Assert.Contains("Basic256Sha256  SignAndEncrypt  Anonymous,UserName", output, StringComparison.Ordinal);
    }
}
