namespace Mes.Gateway.Auth;

/// <summary>The operator a scanned badge belongs to.</summary>
/// <param name="OperatorId">The operator's id; the subject of the operator token.</param>
/// <param name="DisplayName">The name the terminal greets them with.</param>
/// <param name="PlantOperator">True when the badge belongs to an operator of the plant's master data (no user
/// account): the operator id is then the badge, and tokens are checked against the master data.</param>
public sealed record BadgeHolder(string OperatorId, string DisplayName, bool PlantOperator = false);
