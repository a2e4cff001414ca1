using System.Net;
using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Mes.Bonded.Tests.Support;
using Mes.Gateway.Api.V1;

namespace Mes.Bonded.Tests.Gateway;

[Collection(BondedSystemCollection.Name)]
public sealed class BondedApiTests(BondedSystem system)
{
    [Fact]
    public async Task The_actor_of_a_posting_is_the_signed_in_caller()
    {
        var book = await NewBook("H51082500401");

        var reply = await system.Bonded.ReceiveImportAsync(Receipt(book, "k-1", "LOT-1", "100"), system.As("manager"));

        Assert.Equal(("bonded-manager", "Manager"), (reply.Entries[0].ActorId, reply.Entries[0].ActorRole));
        Assert.Equal("POSTED", reply.Outcome);
    }

    [Theory]
    [InlineData("customs")]
    [InlineData("operator")]
    public async Task A_role_that_posts_nothing_is_refused_and_nothing_is_written(string role)
    {
        var book = await NewBook(role == "customs" ? "H51082500402" : "H51082500403");

        var error = await Assert.ThrowsAsync<RpcException>(async () => await system.Bonded.ReceiveImportAsync(Receipt(book, "k-1", "LOT-1", "100"), system.As(role)));
        var journal = await system.Bonded.ListJournalAsync(new ListJournalRequest { Book = book }, system.As("admin"));

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.Empty(journal.Entries);
    }

    [Fact]
    public async Task Customs_reads_the_balances()
    {
        var book = await NewBook("H51082500404");
        await system.Bonded.ReceiveImportAsync(Receipt(book, "k-1", "LOT-1", "100"), system.As("manager"));

        var balances = await system.Bonded.GetBalancesAsync(new GetBalancesRequest { Book = book }, system.As("customs"));

        Assert.Equal(100m, decimal.Parse(balances.Rows.Single(r => r.Item == "I1").Book, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_breach_is_failed_precondition_naming_the_rule_and_the_field()
    {
        var book = await NewBook("H51082500405");
        await system.Bonded.ReceiveImportAsync(Receipt(book, "k-1", "LOT-1", "10"), system.As("manager"));

        var error = await Assert.ThrowsAsync<RpcException>(async () => await system.Bonded.ShipExportAsync(new ShipExportRequest
        {
            Book = book, IdempotencyKey = "k-2", Part = "PCB-GW100", StockQuantity = "11",
            Documents = { new DocumentReference { Type = "InventoryVerificationList", Number = "QD510825E000000401", Line = 1 } },
        }, system.As("manager")));
        var violation = error.GetRpcStatus()!.GetDetail<Google.Rpc.PreconditionFailure>().Violations.Single();

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal(("NEGATIVE_BALANCE", "stock_quantity"), (violation.Type, violation.Subject));
    }

    [Theory]
    [InlineData("1e3")]
    [InlineData("1,000")]
    [InlineData("ten")]
    public async Task A_quantity_that_is_not_plain_decimal_text_is_invalid_naming_the_field(string quantity)
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await system.Bonded.ReceiveImportAsync(Receipt("H51082500406", "k-1", "LOT-1", quantity), system.As("manager")));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("stock_quantity", error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations.Single().Field);
    }

    [Fact]
    public async Task A_key_reused_for_another_posting_is_already_exists_and_a_repeat_answers_the_original()
    {
        var book = await NewBook("H51082500407");
        var first = await system.Bonded.ReceiveImportAsync(Receipt(book, "k-1", "LOT-1", "10"), system.As("manager"));

        var repeat = await system.Bonded.ReceiveImportAsync(Receipt(book, "k-1", "LOT-1", "10"), system.As("manager"));
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await system.Bonded.ReceiveImportAsync(Receipt(book, "k-1", "LOT-1", "11"), system.As("manager")));

        Assert.Equal(("ALREADY_POSTED", first.Entries[0].Hash), (repeat.Outcome, repeat.Entries[0].Hash));
        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
    }

    [Fact]
    public async Task The_csv_over_json_is_the_same_text_as_over_grpc()
    {
        var book = await NewBook("H51082500408");
        await system.Bonded.ReceiveImportAsync(Receipt(book, "k-1", "LOT-1", "10"), system.As("manager"));
        var at = DateTimeOffset.UtcNow.AddMinutes(1);

        var grpc = await system.Bonded.GetBalancesCsvAsync(new GetBalancesRequest { Book = book, At = Timestamp.FromDateTimeOffset(at) }, system.As("customs"));
        using var http = system.Http("customs");
        using var response = await http.GetAsync(new Uri($"/v1/bonded/books/{book}/balances.csv?at={Uri.EscapeDataString(at.UtcDateTime.ToString("O"))}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(grpc.Data.ToStringUtf8(), await response.Content.ReadAsStringAsync());
        Assert.StartsWith("item,status,name,hs_code", grpc.Data.ToStringUtf8(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_over_json_carries_the_field_in_its_details()
    {
        using var http = system.Http("manager");
        using var body = new StringContent("""{"idempotencyKey":"k","lot":"L","part":"PCB-GW100","stockQuantity":"1e3"}""", System.Text.Encoding.UTF8, "application/json");

        using var response = await http.PostAsync(new Uri("/v1/bonded/books/H51082500409/postings/receive-import", UriKind.Relative), body);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("stock_quantity", json.RootElement.GetProperty("details")[0].GetProperty("fieldViolations")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_row_changed_in_the_database_is_named_by_verification_through_the_api()
    {
        var book = await NewBook("H51082500410");
        for (var i = 1; i <= 4; i++)
        {
            await system.Bonded.ReceiveImportAsync(Receipt(book, $"k-{i}", $"LOT-{i}", "10"), system.As("manager"));
        }

        await JournalTable.AlterAsDbaAsync(system.ConnectionString,
            $"UPDATE bonded_journal SET declared_quantity = 1000 WHERE book = '{book}' AND sequence = 2");
        var verification = await system.Bonded.VerifyJournalAsync(new VerifyJournalRequest { Book = book }, system.As("customs"));

        Assert.False(verification.Intact);
        Assert.Equal((2L, "HashMismatch"), (verification.FirstBroken.Sequence, verification.FirstBroken.Problem));
    }

    [Fact]
    public async Task An_inventory_list_is_posted_line_by_line_in_one_call_and_a_retry_answers_every_line_already_posted()
    {
        var book = await NewBook("H51082500411");
        var list = new ReceiveImportListRequest { Book = book, Lines = { Receipt("", "k-1", "LOT-1", "10"), Receipt("", "k-2", "LOT-2", "20"), Receipt(book, "k-3", "LOT-3", "30") } };

        var posted = await system.Bonded.ReceiveImportListAsync(list, system.As("manager"));
        var retried = await system.Bonded.ReceiveImportListAsync(list, system.As("manager"));
        var journal = await system.Bonded.ListJournalAsync(new ListJournalRequest { Book = book }, system.As("admin"));

        Assert.Equal(["POSTED", "POSTED", "POSTED"], posted.Lines.Select(l => l.Outcome));
        Assert.Equal(["LOT-1", "LOT-2", "LOT-3"], posted.Lines.Select(l => l.ReceivedLots.Single().Lot));
        Assert.Equal(["ALREADY_POSTED", "ALREADY_POSTED", "ALREADY_POSTED"], retried.Lines.Select(l => l.Outcome));
        Assert.Equal(["k-1", "k-2", "k-3"], journal.Entries.Select(e => e.IdempotencyKey));
    }

    [Fact]
    public async Task A_list_with_a_line_that_breaks_a_rule_writes_none_of_its_lines_and_names_the_line()
    {
        var book = await NewBook("H51082500412");
        var list = new ReceiveImportListRequest { Book = book, Lines = { Receipt("", "k-1", "LOT-1", "10"), Receipt("", "k-2", "LOT-2", "20"), Receipt("", "k-3", "LOT-1", "30") } };

        var error = await Assert.ThrowsAsync<RpcException>(async () => await system.Bonded.ReceiveImportListAsync(list, system.As("manager")));
        var violation = error.GetRpcStatus()!.GetDetail<Google.Rpc.PreconditionFailure>().Violations.Single();
        var journal = await system.Bonded.ListJournalAsync(new ListJournalRequest { Book = book }, system.As("admin"));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal(("LOT_ALREADY_RECEIVED", "lines[2].lot"), (violation.Type, violation.Subject));
        Assert.Empty(journal.Entries);
    }

    [Fact]
    public async Task A_list_line_with_a_malformed_quantity_is_invalid_naming_the_line_and_its_field()
    {
        var book = await NewBook("H51082500413");
        var list = new ReceiveImportListRequest { Book = book, Lines = { Receipt("", "k-1", "LOT-1", "10"), Receipt("", "k-2", "LOT-2", "1e3") } };

        var error = await Assert.ThrowsAsync<RpcException>(async () => await system.Bonded.ReceiveImportListAsync(list, system.As("manager")));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("lines[1].stock_quantity", error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations.Single().Field);
    }

    [Fact]
    public async Task A_list_line_naming_another_book_is_invalid_and_nothing_is_written()
    {
        var book = await NewBook("H51082500414");
        var list = new ReceiveImportListRequest { Book = book, Lines = { Receipt("", "k-1", "LOT-1", "10"), Receipt("H51082500401", "k-2", "LOT-2", "20") } };

        var error = await Assert.ThrowsAsync<RpcException>(async () => await system.Bonded.ReceiveImportListAsync(list, system.As("manager")));
        var journal = await system.Bonded.ListJournalAsync(new ListJournalRequest { Book = book }, system.As("admin"));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("lines[1].book", error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations.Single().Field);
        Assert.Empty(journal.Entries);
    }

    private async Task<string> NewBook(string book)
    {
        await system.Bonded.FileBookAsync(SampleFiles.Request(book), system.As("admin"));
        return book;
    }

    private static ReceiveImportRequest Receipt(string book, string key, string lot, string quantity) => new()
    {
        Book = book, IdempotencyKey = key, Lot = lot, Part = "PCB-GW100", StockQuantity = quantity,
        Documents = { new DocumentReference { Type = "InventoryVerificationList", Number = "QD510825I000000401", Line = 1 } },
    };
}
