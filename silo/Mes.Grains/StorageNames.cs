namespace Mes.Grains;

/// <summary>Names of the grain storage providers the silo registers.</summary>
public static class StorageNames
{
    /// <summary>Grain state in PostgreSQL, serialised with System.Text.Json.</summary>
    public const string Mes = "mes";
}
