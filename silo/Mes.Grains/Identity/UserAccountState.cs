using Mes.Contracts.Identity;

namespace Mes.Grains.Identity;

/// <summary>The persisted state of a user account grain (System.Text.Json in PostgreSQL).</summary>
public sealed class UserAccountState
{
    public UserAccount? Account { get; set; }
}
