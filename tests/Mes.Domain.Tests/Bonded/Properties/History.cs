using System.Globalization;
using CsCheck;
using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Ledger;
using Mes.Domain.Bonded.Posting;
using Mes.Domain.Bonded.Posting.Commands;
using Mes.Domain.Tests.Bonded.Support;

namespace Mes.Domain.Tests.Bonded.Properties;

/// <summary>
/// A random history of the sample book: random steps turned into commands against the current state, some of
/// which the rules accept and some they refuse. Every command, its time and its decision are kept.
/// </summary>
internal sealed class History
{
    public static readonly Gen<Step> AnyStep = Gen.Select(
        Gen.Enum<StepOperation>(), Gen.Int[0, 9], Gen.Int[1, 400], Gen.Int[0, 10_000], Gen.Int[0, 4 * 24 * 60],
        (operation, part, amount, pick, minutes) => new Step(operation, part, amount, pick, minutes));

    public static readonly Gen<Step[]> Steps = AnyStep.Array[1, 60];

    private static readonly PartNo[] Parts = [.. Ids.Materials, Ids.Board];
    private static readonly Counterparty Partner = new("H51082500009", "喀什示例模组有限公司");
    private static readonly Counterparty Subcontractor = new("6531960B02", "喀什示例涂覆加工厂");

    private int lots;

    private History()
    {
    }

    public Book Book { get; } = new() { Now = new DateTimeOffset(2025, 1, 20, 2, 0, 0, TimeSpan.Zero) };

    public List<(LedgerCommand Command, DateTimeOffset At, PostingDecision Decision)> Log { get; } = [];

    public static History Run(IEnumerable<Step> steps, Action<History>? afterEachStep = null)
    {
        var history = new History();
        foreach (var step in steps)
        {
            history.Book.Now = history.Book.Now.AddMinutes(step.Minutes);
            foreach (var command in history.Commands(step))
            {
                var at = history.Book.Now;
                history.Log.Add((command, at, history.Book.Decide(command)));
                if (history.Log[^1].Decision is PostingDecision.Posted posted)
                {
                    history.Book.Apply(posted.Entries);
                }
            }

            afterEachStep?.Invoke(history);
        }

        return history;
    }

    private IEnumerable<LedgerCommand> Commands(Step step)
    {
        var part = Parts[step.Part % Parts.Length];
        switch (step.Operation)
        {
            case StepOperation.ReceiveKit:
                return Support.Commands.ReceiveKit(boards: 1 + (step.Amount % 40), list: NextLot()).Select(c => (LedgerCommand)c);
            case StepOperation.ReceiveBonded:
                return [Support.Commands.Receive(part, Received(part, step), Lot(step).Value, Docs.ImportList(NextLot(), 1))];
            case StepOperation.ReceiveNonBonded:
                return [Support.Commands.Receive(part, Received(part, step), Lot(step).Value, Docs.ImportList(NextLot(), 1), BondedStatus.NonBonded)];
            case StepOperation.ReceiveUndocumented:
                return [Support.Commands.Receive(part, Received(part, step), Lot(step).Value, line: null)];
            case StepOperation.AttachDocument:
                return PickLot(step, l => l.Suspense > 0) is { } suspended
                    ? [new AttachReceiptDocument { IdempotencyKey = Key(), Actor = Actors.Erp, Lot = suspended.Lot, Documents = [Docs.ImportList(NextLot(), 2)] }]
                    : [];
            case StepOperation.ReceiveCarryOver:
                return [new ReceiveCarryOver
                {
                    IdempotencyKey = Key(), Actor = Actors.Erp, Lot = Lot(step), Part = part, StockQuantity = Received(part, step),
                    From = Partner, Documents = [Docs.ImportList(NextLot(), 1)],
                }];
            case StepOperation.Backflush:
                return [Support.Commands.Backflush("PO-" + (step.Pick % 4).ToString(CultureInfo.InvariantCulture), 1 + (step.Amount % 25),
                    fgLot: "FG-" + (step.Pick % 4).ToString(CultureInfo.InvariantCulture)) with
                {
                    Scrap = (step.Pick % 3) switch
                    {
                        0 => [new ScrapReport(Ids.Cap, 1 + (step.Pick % 40))],
                        1 => [new ScrapReport(Ids.Paste, Scrap(Ids.Paste, step))],
                        _ => [],
                    },
                }];
            case StepOperation.Export:
                return [Support.Commands.Export(part, Shipped(part, step), NextLot())];
            case StepOperation.SellDomestically:
                return [Support.Commands.Sell(part, Shipped(part, step), dutiableValue: step.Amount / 10m, NextLot())];
            case StepOperation.ShipCarryOver:
                return [new ShipCarryOver
                {
                    IdempotencyKey = Key(), Actor = Actors.Erp, Part = part, StockQuantity = Shipped(part, step), To = Partner,
                    Documents = [Docs.ExportList(NextLot())],
                }];
            case StepOperation.SendToSubcontractor:
                return [new SendToSubcontractor
                {
                    IdempotencyKey = Key(), Actor = Actors.Erp, Part = part, StockQuantity = Shipped(part, step), Subcontractor = Subcontractor,
                    Documents = [Docs.OutwardNote("OWP-" + NextLot().ToString(CultureInfo.InvariantCulture))],
                }];
            case StepOperation.ReturnFromSubcontractor:
                return PickLot(step, l => l.AtSubcontractor > 0) is { } away
                    ? [new ReturnFromSubcontractor
                    {
                        IdempotencyKey = Key(), Actor = Actors.Erp, Lot = away.Lot, StockQuantity = Portion(away.AtSubcontractor / away.Factor, step),
                        Subcontractor = Subcontractor, Documents = [Docs.OutwardNote("OWP-R")],
                    }]
                    : [];
            case StepOperation.ReportDefective:
                return PickLot(step, l => l.Stock > 0) is { } usable
                    ? [new ReportDefective
                    {
                        IdempotencyKey = Key(), Actor = Actors.Supervisor, Lot = usable.Lot, StockQuantity = Portion(usable.Stock / usable.Factor, step),
                        Documents = [Docs.QualityReport("QR-1")],
                    }]
                    : [];
            case StepOperation.DisposeDefective:
                return PickLot(step, l => l.Defective > 0) is { } defective
                    ? [new DisposeDefective
                    {
                        IdempotencyKey = Key(), Actor = Actors.Erp, Lot = defective.Lot, StockQuantity = Portion(defective.Defective / defective.Factor, step),
                        Mode = DisposalMode.Destruction, Documents = [Docs.Approval("XH-1")],
                    }]
                    : [];
            case StepOperation.DisposeScrap:
                return [new DisposeScrap
                {
                    IdempotencyKey = Key(), Actor = Actors.Erp, Part = ScrapPart(step), StockQuantity = Scrap(ScrapPart(step), step),
                    Mode = (DisposalMode)(step.Pick % 3), Documents = [Docs.Approval("XH-2")],
                    Duty = new DutyBasis(DutyTreatment.AsInspectedState, Support.Commands.Usd2(1m)),
                }];
            case StepOperation.AdjustStock:
                return PickLot(step, _ => true) is { } lot
                    ? [Support.Commands.Adjust(lot.Lot.Value, (AdjustmentDirection)(step.Pick % 2), 1 + (step.Amount % 20))]
                    : [];
            case StepOperation.CountStock:
                return PickLot(step, _ => true) is { } counted
                    ? [new RecordStockTakeCount
                    {
                        IdempotencyKey = Key(), Actor = Actors.Supervisor, Documents = [Docs.CountSheet("ST-" + (step.Pick % 3).ToString(CultureInfo.InvariantCulture))],
                        Lines = [new StockTakeLine(counted.Part, counted.Lot, counted.Status, step.Amount)],
                    }]
                    : [];
            case StepOperation.Reverse:
                return Book.Journal.Count == 0 ? [] : [Support.Commands.Reverse(1 + (step.Pick % Book.Journal.Count))];
            default:
                return Log.Count == 0 ? [] : [Log[step.Pick % Log.Count].Command];
        }
    }

    private static IdempotencyKey Key() => Support.Commands.Key();

    // Paste is stocked in grams with a decimal; pieces in whole numbers.
    private static decimal Received(PartNo part, Step step) => part == Ids.Paste ? step.Amount * 2.5m : step.Amount * 10m;

    private static decimal Shipped(PartNo part, Step step) => part == Ids.Paste ? (step.Amount % 80) / 4m + 0.25m : 1 + (step.Amount % 120);

    // Scrap arises from capacitors (dropped parts) and paste (wiped from the stencil, 0.16 g allowed per board).
    private static PartNo ScrapPart(Step step) => step.Part % 2 == 0 ? Ids.Cap : Ids.Paste;

    private static decimal Scrap(PartNo part, Step step) => part == Ids.Paste ? 0.25m * (1 + (step.Amount % 4)) : 1 + (step.Amount % 10);

    private static decimal Portion(decimal available, Step step) => Math.Max(1m, Math.Round(available * (1 + (step.Amount % 4)) / 4m, 0));

    private int NextLot() => ++lots;

    private LotNo Lot(Step step) =>
        step.Pick % 5 == 0 && Book.State.Lots.Any()
            ? Book.State.Lots.ElementAt(step.Pick % Book.State.Lots.Count()).Lot
            : new LotNo("LOT-" + NextLot().ToString(CultureInfo.InvariantCulture));

    private LotBalance? PickLot(Step step, Func<LotBalance, bool> where)
    {
        var candidates = Book.State.Lots.Where(where).OrderBy(l => l.FirstSequence).ToList();
        return candidates.Count == 0 ? null : candidates[step.Pick % candidates.Count];
    }
}
