namespace Mes.Domain.Bonded.Identifiers;

/// <summary>The two tables of an account book: imported materials (料件, I) and finished goods (成品, E).</summary>
public enum ItemKind
{
    /// <summary>Imported material (料件), code <c>I</c>.</summary>
    Material,

    /// <summary>Finished good (成品), code <c>E</c>.</summary>
    FinishedGood,
}
