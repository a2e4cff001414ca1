using Mes.Gateway.Api.V1;
using Contract = Mes.Contracts.Production.Instructions;

namespace Mes.Gateway.Services;

/// <summary>The work instruction of a workstation as mes.v1 writes it; decimals as exact text, open limits empty.</summary>
public static class WorkInstructionMessages
{
    /// <summary>The message of a work instruction.</summary>
    public static WorkInstruction From(Contract.WorkInstruction instruction)
    {
        ArgumentNullException.ThrowIfNull(instruction);
        var message = new WorkInstruction
        {
            WorkstationId = instruction.WorkstationId,
            WorkstationType = instruction.WorkstationType,
            OrderNo = instruction.OrderNo ?? string.Empty,
            ProductNo = instruction.ProductNo ?? string.Empty,
            ProductName = instruction.ProductName ?? string.Empty,
            MasterDataVersion = instruction.MasterDataVersion,
        };
        message.Operations.AddRange(instruction.Operations.Select(o => new InstructedOperation
        {
            OperationId = o.OperationId,
            Name = o.Name,
            Certification = o.Certification,
            Rework = o.Rework,
            TestSteps =
            {
                o.TestSteps.Select(s => new InstructedTestStep
                {
                    Name = s.Name, Unit = s.Unit, Low = Limit(s.Low), High = Limit(s.High),
                }),
            },
        }));
        message.Feeds.AddRange(instruction.Feeds.Select(f => new InstructedFeed
        {
            Slot = f.Slot, PartNo = f.PartNo, Description = f.Description, Unit = f.Unit, QtyPer = RequestFields.Text(f.QtyPer),
            ReferenceDesignators = { f.ReferenceDesignators },
        }));
        message.DowntimeReasons.AddRange(instruction.DowntimeReasons.Select(r => new DowntimeReason
        {
            Code = r.Code, Description = r.Description, Category = r.Category,
        }));
        return message;
    }

    private static string Limit(decimal? limit) => limit is { } value ? RequestFields.Text(value) : string.Empty;
}
