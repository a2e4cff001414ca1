namespace Mes.Contracts.Identity;

/// <summary>One API key, keyed by <see cref="IdentityKeys.ApiKey"/>.</summary>
[Alias("mes.identity.api-key")]
public interface IApiKeyGrain : IGrainWithStringKey
{
    /// <summary>Creates the record; false when the key id is taken (nothing changes then).</summary>
    [Alias("create")]
    Task<bool> Create(NewApiKey key);

    /// <summary>Reads the record; <c>null</c> when it does not exist.</summary>
    [Alias("get")]
    Task<ApiKeyRecord?> Get();

    /// <summary>Revokes the key for good; <c>null</c> when it does not exist. Revoking twice keeps the first time.</summary>
    [Alias("revoke")]
    Task<ApiKeyRecord?> Revoke();
}
