using Mes.Contracts.Identity;

namespace Mes.Grains.Identity;

/// <summary>The persisted state of an API key grain (System.Text.Json in PostgreSQL).</summary>
public sealed class ApiKeyState
{
    public ApiKeyRecord? Key { get; set; }
}
