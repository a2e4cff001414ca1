using System.Globalization;

namespace Mes.PlcSimulator.Definition;

/// <summary>A rule a number in the line file must keep; <see cref="Check"/> gives the message when it does not.</summary>
internal sealed record NumberRule(Func<double, bool> Holds, string Message)
{
    public static NumberRule Any { get; } = new(_ => true, string.Empty);

    public static NumberRule Positive { get; } = new(v => v > 0, "must be > 0");

    public static NumberRule NotNegative { get; } = new(v => v >= 0, "must be >= 0");

    public static NumberRule Probability { get; } = new(v => v is >= 0 and <= 1, "must be between 0 and 1");

    public static NumberRule Between(double low, double high) =>
        new(v => v >= low && v <= high, string.Create(CultureInfo.InvariantCulture, $"must be between {low} and {high}"));

    public static NumberRule AtMost(double high) =>
        new(v => v > 0 && v <= high, string.Create(CultureInfo.InvariantCulture, $"must be > 0 and <= {high}"));

    public string? Check(double value) => Holds(value) ? null : Message;
}
