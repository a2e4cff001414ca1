namespace Mes.Domain.Production.MasterData.Import;

/// <summary>
/// Reads routes.json: per product the operations in order (with test steps) and the rework loops. Checks
/// the product exists, operation ids are unique, each workstation type (and pinned workstation) exists,
/// test limits are ordered, and each loop leaves a main operation, goes through a rework operation and
/// returns to a main operation.
/// </summary>
internal static class RouteReader
{
    public static IReadOnlyList<Route> Read(
        IReadOnlyList<SourceRecord> records,
        IReadOnlyList<Product> products,
        IReadOnlyList<WorkstationDefinition> workstations)
    {
        var routes = new List<Located<Route>>();
        foreach (var record in records)
        {
            var productNo = record.Text("productNo");
            if (productNo.Length > 0 && products.All(p => p.ProductNo != productNo))
            {
                record.Error("productNo", $"product {productNo} is not in products.json");
            }

            var operations = record.Children("operations").Select(o => new Located<Operation>(Operation(o, workstations), o)).ToList();
            if (operations.Count == 0)
            {
                record.Error("operations", "a route needs at least one operation");
            }

            var ops = LocatedChecks.Unique(operations, o => o.Id, "id", "operation");
            var loops = record.Children("reworkLoops").Select(l => Loop(l, ops)).ToList();
            routes.Add(new Located<Route>(new Route(productNo, ops, loops), record));
        }

        return LocatedChecks.Unique(routes, r => r.ProductNo, "productNo", "route of product");
    }

    private static Operation Operation(SourceRecord record, IReadOnlyList<WorkstationDefinition> workstations)
    {
        var operation = new Operation(record.Text("id"), record.Text("name"), record.Text("workstationType"),
            record.OptionalText("workstation"), record.Text("certification"), record.Flag("rework", absent: false),
            record.Children("testSteps").Select(TestStep).ToList());
        if (operation.WorkstationType.Length > 0 && workstations.All(w => w.Type != operation.WorkstationType))
        {
            record.Error("workstationType", $"no workstation in plant.json has type {operation.WorkstationType}");
        }

        if (operation.WorkstationId is { } pinned && !workstations.Any(w => w.Id == pinned && w.Type == operation.WorkstationType))
        {
            record.Error("workstation", $"{pinned} is not a workstation of type {operation.WorkstationType} in plant.json");
        }

        return operation;
    }

    private static TestStep TestStep(SourceRecord record)
    {
        var step = new TestStep(record.Text("name"), record.Text("unit"), record.OptionalDecimal("low"), record.OptionalDecimal("high"));
        if (step.Low > step.High)
        {
            record.Error("low", "is above high");
        }

        return step;
    }

    private static ReworkLoop Loop(SourceRecord record, IReadOnlyList<Operation> operations)
    {
        var loop = new ReworkLoop(record.Text("onFailOf"), record.Text("rework"), record.Text("returnTo"), record.Int("maxAttempts"));
        Expect(record, "onFailOf", loop.OnFailOf, operations, rework: false);
        Expect(record, "rework", loop.ReworkOperation, operations, rework: true);
        Expect(record, "returnTo", loop.ReturnTo, operations, rework: false);
        if (loop.MaxAttempts < 1)
        {
            record.Error("maxAttempts", "must be at least 1");
        }

        return loop;
    }

    private static void Expect(SourceRecord record, string field, string operationId, IReadOnlyList<Operation> operations, bool rework)
    {
        if (operationId.Length > 0 && !operations.Any(o => o.Id == operationId && o.IsRework == rework))
        {
            record.Error(field, $"{operationId} is not a {(rework ? "rework" : "main")} operation of this route");
        }
    }
}
