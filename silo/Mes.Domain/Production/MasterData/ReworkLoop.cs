namespace Mes.Domain.Production.MasterData;

/// <summary>
/// An explicit rework loop: a unit failing <paramref name="OnFailOf"/> goes to
/// <paramref name="ReworkOperation"/>, then back to <paramref name="ReturnTo"/>, at most
/// <paramref name="MaxAttempts"/> times.
/// </summary>
public sealed record ReworkLoop(string OnFailOf, string ReworkOperation, string ReturnTo, int MaxAttempts);
