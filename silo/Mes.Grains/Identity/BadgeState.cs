namespace Mes.Grains.Identity;

/// <summary>The persisted state of a badge grain: the account holding the badge.</summary>
public sealed class BadgeState
{
    public string? Username { get; set; }
}
