using Mes.Domain.Bonded.Identifiers;

namespace Mes.Domain.Bonded.Journal;

/// <summary>A norm version of a finished good, as cited by consumption, production and the inventory list (<c>UcnsVerno</c>).</summary>
public sealed record NormRef(ItemNo Product, int Version);
