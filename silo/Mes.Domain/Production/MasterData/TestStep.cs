namespace Mes.Domain.Production.MasterData;

/// <summary>
/// A measured test step with inclusive limits; a missing limit is open. A measurement passes when
/// <c>Low ≤ value ≤ High</c>.
/// </summary>
public sealed record TestStep(string Name, string Unit, decimal? Low, decimal? High)
{
    /// <summary>True when <paramref name="value"/> lies within the limits.</summary>
    public bool Accepts(decimal value) => (Low is null || value >= Low) && (High is null || value <= High);

    /// <summary>The limits in words, e.g. "3.135 … 3.465 V".</summary>
    public string LimitsText =>
        FormattableString.Invariant($"{(Low is { } low ? low : "-∞")} … {(High is { } high ? high : "+∞")} {Unit}");
}
