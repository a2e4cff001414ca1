// node-opcua client exercising a Mes.OpcUa server; prints one JSON line per check and exits non-zero when one fails.
// Usage: node client.js <endpointUrl> <namespaceUri>
"use strict";
const opcua = require("node-opcua");
const { report, check, exitCode } = require("./checks");

const endpointUrl = process.argv[2];
const namespaceUri = process.argv[3];

const expectedScalars = {
  Boolean: true, SByte: -5, Byte: 200, Int16: -30000, UInt16: 60000, Int32: -2000000000, UInt32: 4000000000,
  Int64: "-2", UInt64: "4294967298", Float: 3.25, Double: 3.141592653589793, String: "温度 temperature",
  DateTime: "2026-03-01T08:30:15.000Z", Guid: "72962B91-FA75-4AE6-8D28-B404DC7DAF63", ByteString: "010203",
  XmlElement: "<a>1</a>", NodeId: "ns=1;s=Machine1", StatusCode: "BadNodeIdUnknown", QualifiedName: "1:Speed",
  LocalizedText: "zh-CN:回流焊",
};

function normalize(name, value) {
  if (value === null || value === undefined) return value;
  switch (name) {
    case "Int64": case "UInt64": {
      const [high, low] = value;
      const big = (BigInt(high) << 32n) | BigInt(low >>> 0);
      return (name === "Int64" ? BigInt.asIntN(64, big) : big).toString();
    }
    case "Float": return Math.round(value * 100) / 100;
    case "DateTime": return value.toISOString();
    case "Guid": return String(value).toUpperCase();
    case "ByteString": return Buffer.from(value).toString("hex");
    case "NodeId": return value.toString();
    case "StatusCode": return value.name;
    case "QualifiedName": return `${value.namespaceIndex}:${value.name}`;
    case "LocalizedText": return `${value.locale}:${value.text}`;
    default: return value;
  }
}

(async () => {
  const client = opcua.OPCUAClient.create({
    endpointMustExist: false,
    securityMode: opcua.MessageSecurityMode.None,
    securityPolicy: opcua.SecurityPolicy.None,
    connectionStrategy: { maxRetry: 1, initialDelay: 200, maxDelay: 500 },
    transportSettings: { receiveBufferSize: 8192, sendBufferSize: 8192 },
  });
  await client.connect(endpointUrl);
  const session = await client.createSession();
  report("connect", true);
  const nsArray = (await session.read({ nodeId: "i=2255", attributeId: opcua.AttributeIds.Value })).value.value;
  const ns = nsArray.indexOf(namespaceUri);
  const id = (name) => `ns=${ns};s=${name}`;

  await check("browse_server_object", async () => {
    const result = await session.browse("i=2253");
    const names = result.references.map((r) => r.browseName.name);
    const wanted = ["ServerStatus", "NamespaceArray", "ServerCapabilities", "ServerArray"];
    return { ok: result.statusCode.isGood() && wanted.every((w) => names.includes(w)), detail: names.join(",") };
  });

  await check("read_server_status", async () => {
    const dv = await session.read({ nodeId: "i=2256", attributeId: opcua.AttributeIds.Value });
    const status = dv.value.value;
    return { ok: dv.statusCode.isGood() && status.state === opcua.ServerState.Running && status.buildInfo.productName.length > 0, detail: JSON.stringify(status) };
  });

  await check("read_operation_limits", async () => {
    const dv = await session.read({ nodeId: "i=11705", attributeId: opcua.AttributeIds.Value });
    return { ok: dv.statusCode.isGood() && dv.value.value > 0, detail: dv.value.value };
  });

  await check("read_all_scalar_types", async () => {
    const names = Object.keys(expectedScalars);
    const values = await session.read(names.map((n) => ({ nodeId: id(`Scalars.${n}`), attributeId: opcua.AttributeIds.Value })));
    const wrong = [];
    names.forEach((n, i) => {
      const actual = normalize(n, values[i].value.value);
      if (!values[i].statusCode.isGood() || actual !== expectedScalars[n] || opcua.DataType[values[i].value.dataType] !== n)
        wrong.push(`${n}=${actual} (${opcua.DataType[values[i].value.dataType]}, ${values[i].statusCode.name})`);
    });
    return { ok: wrong.length === 0, detail: wrong.join("; ") };
  });

  await check("read_arrays_and_matrix", async () => {
    const [ints, strings, matrix, big] = await session.read([
      { nodeId: id("Arrays.Int32"), attributeId: opcua.AttributeIds.Value },
      { nodeId: id("Arrays.String"), attributeId: opcua.AttributeIds.Value },
      { nodeId: id("Arrays.Matrix"), attributeId: opcua.AttributeIds.Value },
      { nodeId: id("Arrays.Big"), attributeId: opcua.AttributeIds.Value },
    ]);
    const bigOk = big.value.value.length === 20000 && big.value.value[19999] === 19999 * 0.5;
    const ok = Array.from(ints.value.value).join(",") === "1,-1,7" && strings.value.value.join(",") === "a,b,c"
      && matrix.value.arrayType === opcua.VariantArrayType.Matrix && matrix.value.dimensions.join("x") === "2x3"
      && Array.from(matrix.value.value).join(",") === "1,2,3,4,5,6" && bigOk;
    return { ok, detail: `${Array.from(ints.value.value)} | ${strings.value.value} | ${matrix.value.dimensions} | ${big.value.value.length}` };
  });

  await check("write_all_types_and_read_back", async () => {
    const writes = [
      ["Scalars.Boolean", opcua.DataType.Boolean, false],
      ["Scalars.Int16", opcua.DataType.Int16, 1234],
      ["Scalars.UInt32", opcua.DataType.UInt32, 77],
      ["Scalars.Double", opcua.DataType.Double, 2.5],
      ["Scalars.String", opcua.DataType.String, "written"],
      ["Scalars.ByteString", opcua.DataType.ByteString, Buffer.from([9, 9])],
      ["Scalars.DateTime", opcua.DataType.DateTime, new Date(Date.UTC(2027, 0, 1))],
    ];
    const statuses = await session.write(writes.map(([n, dataType, value]) => ({
      nodeId: id(n), attributeId: opcua.AttributeIds.Value, value: { value: new opcua.Variant({ dataType, value }) },
    })));
    const arrayStatus = await session.write({
      nodeId: id("Arrays.Double"), attributeId: opcua.AttributeIds.Value,
      value: { value: new opcua.Variant({ dataType: opcua.DataType.Double, arrayType: opcua.VariantArrayType.Array, value: new Float64Array([7.5, 8.5]) }) },
    });
    const back = await session.read(writes.map(([n]) => ({ nodeId: id(n), attributeId: opcua.AttributeIds.Value })));
    const arrayBack = await session.read({ nodeId: id("Arrays.Double"), attributeId: opcua.AttributeIds.Value });
    const same = writes.every(([, , value], i) => {
      const got = back[i].value.value;
      if (value instanceof Date) return got.getTime() === value.getTime();
      if (Buffer.isBuffer(value)) return Buffer.compare(got, value) === 0;
      return got === value;
    });
    return {
      ok: statuses.every((s) => s.isGood()) && arrayStatus.isGood() && same && Array.from(arrayBack.value.value).join(",") === "7.5,8.5",
      detail: statuses.map((s) => s.name).join(","),
    };
  });

  await check("write_wrong_type_is_refused", async () => {
    const status = await session.write({
      nodeId: id("Scalars.Int16"), attributeId: opcua.AttributeIds.Value,
      value: { value: new opcua.Variant({ dataType: opcua.DataType.Double, value: 1.5 }) },
    });
    return { ok: status.name === "BadTypeMismatch", detail: status.name };
  });

  await check("call_method", async () => {
    const result = await session.call({
      objectId: id("Machine1"), methodId: id("Machine1.Hello"),
      inputArguments: [new opcua.Variant({ dataType: opcua.DataType.String, value: "node" })],
    });
    return { ok: result.statusCode.isGood() && result.outputArguments[0].value === "Hello node", detail: result.statusCode.name };
  });

  await check("call_method_with_missing_argument", async () => {
    const result = await session.call({ objectId: id("Machine1"), methodId: id("Machine1.Hello"), inputArguments: [] });
    return { ok: result.statusCode.name === "BadArgumentsMissing", detail: result.statusCode.name };
  });

  await check("browse_next", async () => {
    const first = await session.browse({ nodeId: id("Many"), referenceTypeId: "HierarchicalReferences", includeSubtypes: true, browseDirection: opcua.BrowseDirection.Forward, resultMask: 63, nodeClassMask: 0 });
    let references = first.references;
    let continuationPoint = first.continuationPoint;
    while (continuationPoint && continuationPoint.length > 0) {
      const next = await session.browseNext(continuationPoint, false);
      references = references.concat(next.references);
      continuationPoint = next.continuationPoint;
    }
    const count = references.filter((r) => r.nodeClass === opcua.NodeClass.Variable).length;
    return { ok: count === 120, detail: count };
  });

  await check("subscription_with_outstanding_publish_requests", async () => {
    const subscription = await session.createSubscription2({
      requestedPublishingInterval: 100, requestedMaxKeepAliveCount: 10, requestedLifetimeCount: 100, publishingEnabled: true,
    });
    const item = await subscription.monitor(
      { nodeId: id("Machine1.Counter"), attributeId: opcua.AttributeIds.Value },
      { samplingInterval: 20, queueSize: 100, discardOldest: true }, opcua.TimestampsToReturn.Both);
    const seen = [];
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`only ${seen.length} changes`)), 15000);
      item.on("changed", (dv) => {
        seen.push(dv.value.value);
        if (seen.length >= 30) { clearTimeout(timer); resolve(); }
      });
    });
    // The server samples a counter that a timer advances: on a loaded machine a late sample may skip a value, so the
    // check is order and no repeat, not every value.
    const inOrder = seen.slice(1).every((v, i) => v > seen[i]);
    const outstanding = session.getPublishEngine().nbPendingPublishRequests;
    await subscription.terminate();
    return { ok: inOrder && outstanding >= 2, detail: `${seen.slice(0, 5)}… outstanding=${outstanding}` };
  });

  await check("keep_alive_when_idle", async () => {
    const subscription = await session.createSubscription2({
      requestedPublishingInterval: 50, requestedMaxKeepAliveCount: 3, requestedLifetimeCount: 30, publishingEnabled: true,
    });
    await subscription.monitor({ nodeId: id("Scalars.Double"), attributeId: opcua.AttributeIds.Value }, { samplingInterval: 50, queueSize: 1 }, opcua.TimestampsToReturn.Both);
    let keepAlives = 0;
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`only ${keepAlives} keep-alives`)), 10000);
      subscription.on("keepalive", () => { keepAlives++; if (keepAlives >= 3) { clearTimeout(timer); resolve(); } });
    });
    await subscription.terminate();
    return { ok: true, detail: keepAlives };
  });

  await check("second_session_with_username", async () => {
    const other = opcua.OPCUAClient.create({ endpointMustExist: false, connectionStrategy: { maxRetry: 1 } });
    await other.connect(endpointUrl);
    const second = await other.createSession({ type: opcua.UserTokenType.UserName, userName: "operator", password: "secret" });
    const [a, b] = await Promise.all([
      second.read({ nodeId: id("Scalars.Double"), attributeId: opcua.AttributeIds.Value }),
      session.read({ nodeId: id("Scalars.Double"), attributeId: opcua.AttributeIds.Value }),
    ]);
    await second.close();
    await other.disconnect();
    return { ok: a.statusCode.isGood() && b.statusCode.isGood() && a.value.value === b.value.value, detail: a.value.value };
  });

  await check("wrong_password_is_refused", async () => {
    const other = opcua.OPCUAClient.create({ endpointMustExist: false, connectionStrategy: { maxRetry: 1 } });
    await other.connect(endpointUrl);
    try {
      await other.createSession({ type: opcua.UserTokenType.UserName, userName: "operator", password: "wrong" });
      return { ok: false, detail: "session created" };
    } catch (e) {
      return { ok: /BadUserAccessDenied/.test(e.message), detail: e.message.split("\n")[0] };
    } finally {
      await other.disconnect();
    }
  });

  await session.close();
  await client.disconnect();
  process.exit(exitCode());
})().catch((e) => {
  report("fatal", false, e && e.stack ? e.stack : e);
  process.exit(2);
});
