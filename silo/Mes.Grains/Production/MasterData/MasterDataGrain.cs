using Mes.Contracts.Production;
using Mes.Contracts.Production.MasterData;
using Mes.Domain.Production.MasterData.Import;
using Mes.Grains.Production.Journal;
using Microsoft.Extensions.Logging;

namespace Mes.Grains.Production.MasterData;

/// <summary>
/// Serialises master-data imports (one activation, one import at a time) and numbers the versions. The
/// versions themselves are rows in PostgreSQL, so the grain keeps no state of its own: it reads the newest
/// version when it activates.
/// </summary>
[GrainType("master-data")]
public sealed partial class MasterDataGrain(
    IMasterDataVersions versions,
    PlantCatalog catalog,
    TimeProvider clock,
    ILogger<MasterDataGrain> logger) : Grain, IMasterDataGrain
{
    private StoredMasterData? current;

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        current = await versions.Latest(cancellationToken);
        if (current is not null)
        {
            catalog.Add(current.Data);
        }
    }

    /// <inheritdoc />
    public async Task<Outcome<MasterDataVersion>> Import(ImportMasterData command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (string.IsNullOrWhiteSpace(command.RequestId))
        {
            return Outcome.Refused<MasterDataVersion>(Refusals.RequestIdMissing());
        }

        var fingerprint = RequestFingerprint.Of(command);
        if (await versions.ImportedBy(command.RequestId) is { } earlier)
        {
            return earlier.Fingerprint == fingerprint
                ? Outcome.Done(Describe(earlier), repeated: true)
                : Outcome.Refused<MasterDataVersion>(Refusals.RequestIdReused(command.RequestId));
        }

        var next = (current?.Data.Version ?? 0) + 1;
        switch (PlantMasterDataLoader.Load(command.Files, next, clock.GetUtcNow()))
        {
            case ImportResult.Rejected rejected:
                return Outcome.Refused<MasterDataVersion>(Rejection(rejected.Errors));
            case ImportResult.Imported imported:
                var stored = new StoredMasterData(imported.MasterData, command.Source, command.RequestId, fingerprint);
                if (!await versions.Add(stored))
                {
                    // Another silo's activation stored this number first (a rare duplicate activation):
                    // drop this one, so the next call starts from what is stored.
                    DeactivateOnIdle();
                    throw new InvalidOperationException($"Master-data version {next} was stored by another import; retry the request.");
                }

                current = stored;
                catalog.Add(stored.Data);
                LogImported(stored.Data.Version, command.Source);
                return Outcome.Done(Describe(stored));
            default:
                throw new InvalidOperationException("unknown import result");
        }
    }

    /// <inheritdoc />
    public Task<Outcome<MasterDataVersion>> SeedIfEmpty(ImportMasterData command) =>
        current is null ? Import(command) : Task.FromResult(Outcome.Done(Describe(current), repeated: true));

    /// <inheritdoc />
    public Task<int?> CurrentVersionNumber() => Task.FromResult(current?.Data.Version);

    /// <inheritdoc />
    public async Task<MasterDataVersion?> GetVersion(int version)
    {
        if (version == 0 || version == current?.Data.Version)
        {
            return current is null ? null : Describe(current);
        }

        return await versions.Read(version) is { } stored ? Describe(stored) : null;
    }

    /// <inheritdoc />
    public Task<PlantOperator?> FindOperator(string badge) =>
        Task.FromResult(current?.Data.FindOperator(badge) is { } found ? new PlantOperator(found.Badge, found.Name) : null);

    private static Refusal Rejection(IReadOnlyList<ImportError> errors)
    {
        var violations = errors.Select(e => new FieldViolation(Path(e), e.ToString())).ToList();
        var first = violations[0];
        var message = errors.Count == 1
            ? $"The master data was not imported: {first.Description}"
            : $"The master data was not imported: {errors.Count} errors, the first: {first.Description}";
        return Refusals.Execution(ExecutionRefusal.ImportRejected, RefusalKind.Invalid, first.Field, message) with
        {
            Violations = violations,
        };
    }

    private static string Path(ImportError error)
    {
        var row = error.Row is { } r ? FormattableString.Invariant($"[row {r}]") : string.Empty;
        var field = error.Field is { } f ? "." + f : string.Empty;
        return error.File + row + field;
    }

    private static MasterDataVersion Describe(StoredMasterData stored)
    {
        var data = stored.Data;
        return new MasterDataVersion(data.Version, data.ImportedAt, stored.Source, data.Site.Id,
            data.Lines.Select(l => l.Id).ToList(), data.Workstations.Select(w => w.Id).ToList(),
            data.Products.Select(p => p.ProductNo).ToList(), data.Materials.Count, data.Operators.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported production master data version {Version} from {Source}")]
    private partial void LogImported(int version, string source);
}
