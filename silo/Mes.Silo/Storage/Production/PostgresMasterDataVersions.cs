using System.Text.Json;
using Mes.Domain.Production.MasterData;
using Mes.Grains.Production;
using Mes.Grains.Production.MasterData;
using Npgsql;

namespace Mes.Silo.Storage.Production;

/// <summary>Master-data versions as immutable rows of <c>master_data_version</c>, the data as jsonb.</summary>
public sealed class PostgresMasterDataVersions(NpgsqlDataSource dataSource) : IMasterDataVersions
{
    private const string Columns = "version, source, request_id, fingerprint, data::text";

    /// <inheritdoc />
    public Task<StoredMasterData?> Latest(CancellationToken cancellationToken = default) =>
        ReadOne($"SELECT {Columns} FROM master_data_version ORDER BY version DESC LIMIT 1", null, cancellationToken);

    /// <inheritdoc />
    public Task<StoredMasterData?> Read(int version, CancellationToken cancellationToken = default) =>
        ReadOne($"SELECT {Columns} FROM master_data_version WHERE version = @value", version, cancellationToken);

    /// <inheritdoc />
    public Task<StoredMasterData?> ImportedBy(string requestId, CancellationToken cancellationToken = default) =>
        ReadOne($"SELECT {Columns} FROM master_data_version WHERE request_id = @value", requestId, cancellationToken);

    /// <inheritdoc />
    public async Task<bool> Add(StoredMasterData version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        await using var command = dataSource.CreateCommand("""
            INSERT INTO master_data_version (version, imported_at, source, request_id, fingerprint, data)
            VALUES (@version, @imported, @source, @request, @fingerprint, @data::jsonb)
            ON CONFLICT DO NOTHING
            """);
        command.Parameters.AddWithValue("version", version.Data.Version);
        command.Parameters.AddWithValue("imported", version.Data.ImportedAt.ToUniversalTime());
        command.Parameters.AddWithValue("source", version.Source);
        command.Parameters.AddWithValue("request", version.RequestId);
        command.Parameters.AddWithValue("fingerprint", version.Fingerprint);
        command.Parameters.AddWithValue("data", JsonSerializer.Serialize(version.Data, ProductionJson.Options));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Constant SQL; the value is a parameter.")]
    private async Task<StoredMasterData?> ReadOne(string sql, object? value, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        if (value is not null)
        {
            command.Parameters.AddWithValue("value", value);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var data = JsonSerializer.Deserialize<PlantMasterData>(reader.GetString(4), ProductionJson.Options)
            ?? throw new InvalidOperationException($"Master-data version {reader.GetInt32(0)} is empty.");
        return new StoredMasterData(data, reader.GetString(1), reader.GetString(2), reader.GetString(3));
    }
}
