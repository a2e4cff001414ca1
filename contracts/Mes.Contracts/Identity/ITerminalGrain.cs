namespace Mes.Contracts.Identity;

/// <summary>One terminal credential, keyed by <see cref="IdentityKeys.Terminal"/>.</summary>
[Alias("mes.identity.terminal")]
public interface ITerminalGrain : IGrainWithStringKey
{
    /// <summary>Creates the record; false when the terminal id is taken (nothing changes then).</summary>
    [Alias("create")]
    Task<bool> Create(NewTerminal terminal);

    /// <summary>Reads the record; <c>null</c> when it does not exist.</summary>
    [Alias("get")]
    Task<TerminalRecord?> Get();

    /// <summary>Revokes the credential for good; <c>null</c> when it does not exist. Revoking twice keeps the first time.</summary>
    [Alias("revoke")]
    Task<TerminalRecord?> Revoke();
}
