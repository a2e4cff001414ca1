namespace Mes.Gateway.Auth;

/// <summary>The operator a scanned badge belongs to.</summary>
/// <param name="OperatorId">The operator's id; the subject of the operator token.</param>
/// <param name="DisplayName">The name the terminal greets them with.</param>
public sealed record BadgeHolder(string OperatorId, string DisplayName);
