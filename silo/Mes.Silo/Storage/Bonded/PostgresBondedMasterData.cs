using System.Text;
using System.Text.Json;
using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.MasterData;
using Mes.Domain.Bonded.MasterData.Json;
using Mes.Grains.Bonded.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Mes.Silo.Storage.Bonded;

/// <summary>
/// The <c>bonded_book</c>, <c>bonded_master_data_change</c> and <c>bonded_master_data_row</c> tables: every row of
/// the file layout as jsonb, under the change that added it. A book is read back as the four file texts with the
/// rows in change order, which the domain loader checks as it checks a file import.
/// </summary>
public sealed partial class PostgresBondedMasterData(
    NpgsqlDataSource dataSource, IOptions<BondedSeedOptions> seed, TimeProvider clock, ILogger<PostgresBondedMasterData> logger) : IBondedMasterDataStore
{
    private static readonly (MasterDataSource Source, string Name)[] Sources =
        [(MasterDataSource.Items, "items"), (MasterDataSource.Mappings, "mappings"), (MasterDataSource.Norms, "norms")];

    public async Task<StoredMasterData?> LoadAsync(AccountBookNo book, CancellationToken cancellationToken)
    {
        var stored = await ReadAsync(book, cancellationToken);
        if (stored is not null || SampleFiles(book) is not { } sample)
        {
            return stored;
        }

        if (await FileAsync(book, sample, "mes-sample-seed", clock.GetUtcNow(), cancellationToken))
        {
            LogSeeded(book.Value);
        }

        return await ReadAsync(book, cancellationToken);
    }

    public async Task<bool> FileAsync(AccountBookNo book, MasterDataFiles files, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var header = new NpgsqlCommand(
            "INSERT INTO bonded_book (book, header, filed_at, filed_by) VALUES ($1, $2::jsonb, $3, $4) ON CONFLICT DO NOTHING", connection, transaction))
        {
            header.Parameters.Add(new NpgsqlParameter { Value = book.Value });
            header.Parameters.Add(new NpgsqlParameter { Value = files.Book });
            header.Parameters.Add(new NpgsqlParameter { Value = at.ToUniversalTime() });
            header.Parameters.Add(new NpgsqlParameter { Value = actor });
            if (await header.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return false;
            }
        }

        await InsertChange(connection, transaction, book, 0, "Filing", actor, at, cancellationToken);
        foreach (var (source, name) in Sources)
        {
            await InsertRows(connection, transaction, book, 0, name, Rows(Text(files, source)), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task AppendChangeAsync(
        AccountBookNo book, int changeNo, MasterDataSource source, IReadOnlyList<string> rows, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var kind = source switch
        {
            MasterDataSource.Items => "ItemVersion",
            MasterDataSource.Mappings => "Mapping",
            MasterDataSource.Norms => "NormVersion",
            _ => throw new ArgumentOutOfRangeException(nameof(source), source, "The book header is filed, not declared."),
        };
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await InsertChange(connection, transaction, book, changeNo, kind, actor, at, cancellationToken);
        await InsertRows(connection, transaction, book, changeNo, Sources.Single(s => s.Source == source).Name, rows, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<StoredMasterData?> ReadAsync(AccountBookNo book, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        string header;
        await using (var command = new NpgsqlCommand("SELECT header::text FROM bonded_book WHERE book = $1", connection))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = book.Value });
            if (await command.ExecuteScalarAsync(cancellationToken) is not string text)
            {
                return null;
            }

            header = text;
        }

        var rows = Sources.ToDictionary(s => s.Name, _ => new List<string>());
        var changes = 0;
        await using (var command = new NpgsqlCommand(
            "SELECT change_no, source, row_json::text FROM bonded_master_data_row WHERE book = $1 ORDER BY change_no, source, position", connection))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = book.Value });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                changes = Math.Max(changes, reader.GetInt32(0));
                rows[reader.GetString(1)].Add(reader.GetString(2));
            }
        }

        string Array(string name) => "[" + string.Join(",\n", rows[name]) + "]";
        return new StoredMasterData(new MasterDataFiles(header, Array("items"), Array("mappings"), Array("norms")), changes);
    }

    private MasterDataFiles? SampleFiles(AccountBookNo book)
    {
        if (!seed.Value.SeedFromSamples)
        {
            return null;
        }

        var folder = string.IsNullOrEmpty(seed.Value.SamplesFolder)
            ? Path.Combine(AppContext.BaseDirectory, "samples", "bonded")
            : seed.Value.SamplesFolder;
        var bookFile = Path.Combine(folder, "book.json");
        if (!File.Exists(bookFile))
        {
            return null;
        }

        var files = new MasterDataFiles(
            File.ReadAllText(bookFile, Encoding.UTF8),
            File.ReadAllText(Path.Combine(folder, "items.json"), Encoding.UTF8),
            File.ReadAllText(Path.Combine(folder, "mappings.json"), Encoding.UTF8),
            File.ReadAllText(Path.Combine(folder, "norms.json"), Encoding.UTF8));
        return MasterDataJson.Load(files) is MasterDataResult.Valid valid && valid.Data.Book.No == book ? files : null;
    }

    private static async Task InsertChange(
        NpgsqlConnection connection, NpgsqlTransaction transaction, AccountBookNo book, int changeNo, string kind, string actor, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO bonded_master_data_change (book, change_no, kind, declared_at, declared_by) VALUES ($1, $2, $3, $4, $5)", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = book.Value });
        command.Parameters.Add(new NpgsqlParameter { Value = changeNo });
        command.Parameters.Add(new NpgsqlParameter { Value = kind });
        command.Parameters.Add(new NpgsqlParameter { Value = at.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter { Value = actor });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task InsertRows(
        NpgsqlConnection connection, NpgsqlTransaction transaction, AccountBookNo book, int changeNo, string source, IReadOnlyList<string> rows,
        CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var batch = new NpgsqlBatch(connection, transaction);
        for (var i = 0; i < rows.Count; i++)
        {
            var command = new NpgsqlBatchCommand(
                "INSERT INTO bonded_master_data_row (book, change_no, source, position, row_json) VALUES ($1, $2, $3, $4, $5::jsonb)");
            command.Parameters.Add(new NpgsqlParameter { Value = book.Value });
            command.Parameters.Add(new NpgsqlParameter { Value = changeNo });
            command.Parameters.Add(new NpgsqlParameter { Value = source });
            command.Parameters.Add(new NpgsqlParameter { Value = i + 1 });
            command.Parameters.Add(new NpgsqlParameter { Value = rows[i] });
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Text(MasterDataFiles files, MasterDataSource source) => source switch
    {
        MasterDataSource.Items => files.Items,
        MasterDataSource.Mappings => files.Mappings,
        _ => files.Norms,
    };

    private static List<string> Rows(string array)
    {
        using var document = JsonDocument.Parse(array);
        return document.RootElement.EnumerateArray().Select(e => e.GetRawText()).ToList();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Filed bonded account book {Book} from the shipped sample")]
    private partial void LogSeeded(string book);
}
