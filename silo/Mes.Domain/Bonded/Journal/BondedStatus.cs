namespace Mes.Domain.Bonded.Journal;

/// <summary>
/// Whether goods are under bond (保税) or not (非保税, e.g. bought in the domestic market). The two are kept
/// apart in every lot and every balance: a mix taints the goods (bonded-notes R8).
/// </summary>
public enum BondedStatus
{
    /// <summary>Under bond, duty suspended.</summary>
    Bonded,

    /// <summary>Duty-paid or domestic goods kept in the zone.</summary>
    NonBonded,
}
