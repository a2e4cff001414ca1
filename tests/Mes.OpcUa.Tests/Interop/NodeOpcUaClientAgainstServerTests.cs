namespace Mes.OpcUa.Tests.Interop;

[Trait("Category", "Interop")]
public sealed class NodeOpcUaClientAgainstServerTests(NodeOpcUaClientRun run) : IClassFixture<NodeOpcUaClientRun>
{
    [Fact]
    public void A_node_opcua_client_connects_with_8_KiB_buffers_and_opens_a_session() => run.AssertPassed("connect");

    [Fact]
    public void A_node_opcua_client_browses_the_server_object() => run.AssertPassed("browse_server_object");

    [Fact]
    public void A_node_opcua_client_decodes_the_server_status_structure() => run.AssertPassed("read_server_status");

    [Fact]
    public void A_node_opcua_client_reads_the_operation_limits() => run.AssertPassed("read_operation_limits");

    [Fact]
    public void A_node_opcua_client_reads_every_built_in_scalar_type() => run.AssertPassed("read_all_scalar_types");

    [Fact]
    public void A_node_opcua_client_reads_arrays_a_matrix_and_a_multi_chunk_array() => run.AssertPassed("read_arrays_and_matrix");

    [Fact]
    public void A_node_opcua_client_writes_values_of_several_types_and_reads_them_back() => run.AssertPassed("write_all_types_and_read_back");

    [Fact]
    public void A_node_opcua_client_write_of_the_wrong_type_gets_BadTypeMismatch() => run.AssertPassed("write_wrong_type_is_refused");

    [Fact]
    public void A_node_opcua_client_calls_a_method() => run.AssertPassed("call_method");

    [Fact]
    public void A_node_opcua_client_call_without_arguments_gets_BadArgumentsMissing() => run.AssertPassed("call_method_with_missing_argument");

    [Fact]
    public void A_node_opcua_client_browses_with_continuation_points() => run.AssertPassed("browse_next");

    [Fact]
    public void A_node_opcua_client_holds_a_subscription_with_several_outstanding_publish_requests() =>
        run.AssertPassed("subscription_with_outstanding_publish_requests");

    [Fact]
    public void A_node_opcua_client_receives_keep_alives_when_nothing_changes() => run.AssertPassed("keep_alive_when_idle");

    [Fact]
    public void A_second_node_opcua_session_with_an_encrypted_password_works_alongside_the_first() => run.AssertPassed("second_session_with_username");

    [Fact]
    public void A_node_opcua_client_with_a_wrong_password_gets_BadUserAccessDenied() => run.AssertPassed("wrong_password_is_refused");
}
