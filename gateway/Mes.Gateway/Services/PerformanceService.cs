using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Mes.Contracts.Production;
using Mes.Contracts.Production.Oee;
using Mes.Gateway.Api.V1;
using Mes.Gateway.Auth;
using OeeBasis = Mes.Gateway.Api.V1.OeeBasis;
using OeeFactors = Mes.Gateway.Api.V1.OeeFactors;

namespace Mes.Gateway.Services;

/// <summary>mes.v1.Performance: OEE per workstation, line and shift with its basis, answered by the OEE grain.</summary>
[AllowedRoles(Role.Supervisor, Role.Manager, Role.Integration, Role.Admin)]
public sealed class PerformanceService(IClusterClient cluster) : Performance.PerformanceBase
{
    public override async Task<WorkstationOee> GetWorkstationOee(WorkstationOeeRequest request, ServerCallContext context)
    {
        var workstationId = RequestFields.Id(GrainKey.Workstation, request.WorkstationId, "workstation_id");
        return Workstation(await Oee.ForWorkstation(workstationId, RequestFields.Time(request.From, "from"), RequestFields.Time(request.To, "to")).OrThrow());
    }

    public override async Task<LineOee> GetLineOee(LineOeeRequest request, ServerCallContext context)
    {
        var lineId = RequestFields.Id(GrainKey.Line, request.LineId, "line_id");
        return Line(await Oee.ForLine(lineId, RequestFields.Time(request.From, "from"), RequestFields.Time(request.To, "to")).OrThrow());
    }

    public override async Task<LineOee> GetShiftOee(ShiftOeeRequest request, ServerCallContext context)
    {
        var lineId = RequestFields.Id(GrainKey.Line, request.LineId, "line_id");
        return Line(await Oee.ForShift(lineId, RequestFields.Day(request.ProductionDay, "production_day"), RequestFields.Required(request.Shift, "shift")).OrThrow());
    }

    private IOeeGrain Oee => cluster.GetGrain<IOeeGrain>(0);

    private static LineOee Line(LineOeeReport report)
    {
        var message = new LineOee
        {
            LineId = report.LineId,
            From = ShopFloorMessages.Time(report.From),
            To = ShopFloorMessages.Time(report.To),
            Shift = report.Shift ?? string.Empty,
            ConstraintWorkstationId = report.ConstraintWorkstationId,
            Factors = Factors(report.Factors),
        };
        message.Workstations.AddRange(report.Workstations.Select(Workstation));
        return message;
    }

    private static WorkstationOee Workstation(WorkstationOeeReport report) => new()
    {
        WorkstationId = report.WorkstationId,
        From = ShopFloorMessages.Time(report.From),
        To = ShopFloorMessages.Time(report.To),
        Factors = Factors(report.Factors),
        Basis = new OeeBasis
        {
            PlannedTime = Duration.FromTimeSpan(report.Basis.PlannedTime),
            RunTime = Duration.FromTimeSpan(report.Basis.RunTime),
            IdealCycleSeconds = RequestFields.Text(report.Basis.IdealCycleSeconds),
            TotalCount = report.Basis.TotalCount,
            GoodCount = report.Basis.GoodCount,
            Intervals = report.Basis.Intervals,
            IncludesOpenInterval = report.Basis.IncludesOpenInterval,
        },
    };

    private static OeeFactors Factors(Contracts.Production.Oee.OeeFactors factors) => new()
    {
        Availability = RequestFields.Text(factors.Availability),
        Performance = RequestFields.Text(factors.Performance),
        Quality = RequestFields.Text(factors.Quality),
        Oee = RequestFields.Text(factors.Oee),
        PerformanceCapped = factors.PerformanceCapped,
    };
}
