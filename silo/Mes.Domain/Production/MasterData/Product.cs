namespace Mes.Domain.Production.MasterData;

/// <summary>A product the plant builds.</summary>
public sealed record Product(string ProductNo, string Name, string Revision);
