using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace Mes.Gateway.Auth;

/// <summary>Settings of a <see cref="KeyCredentialHandler"/>: which header, and how to find the key's holder.</summary>
public sealed class KeyCredentialOptions : AuthenticationSchemeOptions
{
    /// <summary>The request header carrying the key.</summary>
    public string Header { get; set; } = "";

    /// <summary>Finds the active holder of a key id; <c>null</c> when the id is unknown or revoked.</summary>
    public Func<IClusterClient, string, Task<KeyHolder?>> FindHolder { get; set; } = (_, _) => Task.FromResult<KeyHolder?>(null);
}

/// <summary>The stored hash of a key's secret and the principal the key stands for.</summary>
public sealed record KeyHolder(string SecretHash, ClaimsPrincipal Principal);
