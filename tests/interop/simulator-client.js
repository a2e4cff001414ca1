// node-opcua client checking the PLC simulator as an integrator would: browse the line, subscribe to a
// counter, inject a fault by method call and see the alarm. Prints one JSON line per check; exits non-zero
// when one fails. Usage: node simulator-client.js <endpointUrl>
"use strict";
const opcua = require("node-opcua");

const endpointUrl = process.argv[2];
const namespaceUri = "urn:zone-mes:plc-simulator";
let failures = 0;

function report(test, ok, detail) {
  if (!ok) failures++;
  console.log(JSON.stringify({ test, ok: !!ok, detail: detail === undefined ? null : String(detail) }));
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  const client = opcua.OPCUAClient.create({ endpointMustExist: false, connectionStrategy: { maxRetry: 3, initialDelay: 500 } });
  await client.connect(endpointUrl);
  const session = await client.createSession();
  try {
    const namespaces = (await session.read({ nodeId: "i=2255", attributeId: opcua.AttributeIds.Value })).value.value;
    const ns = namespaces.indexOf(namespaceUri);
    report("namespace", ns > 0, `${namespaceUri} at ${ns}`);
    const id = (s) => `ns=${ns};s=${s}`;

    const objects = await session.browse("i=85");
    const line = objects.references.find((r) => r.browseName.name === "smt-01");
    report("browse-line", !!line, objects.references.map((r) => r.browseName.toString()).join(","));
    const machines = await session.browse(id("smt-01"));
    const names = machines.references.map((r) => r.browseName.name);
    const expected = ["smt-01-printer", "smt-01-spi", "smt-01-placer-1", "smt-01-placer-2", "smt-01-reflow", "smt-01-aoi", "smt-01-test", "smt-01-pack"];
    report("browse-machines", expected.every((m) => names.includes(m)), names.join(","));

    const subscription = await session.createSubscription2({ requestedPublishingInterval: 200, requestedMaxKeepAliveCount: 10, publishingEnabled: true });
    const counts = [];
    const alarms = [];
    const total = await subscription.monitor({ nodeId: id("smt-01-printer.TotalCount"), attributeId: opcua.AttributeIds.Value },
      { samplingInterval: 100, queueSize: 10 }, opcua.TimestampsToReturn.Both);
    total.on("changed", (dv) => counts.push(Number(dv.value.value[1] !== undefined ? BigInt(dv.value.value[0]) * 2n ** 32n + BigInt(dv.value.value[1]) : dv.value.value)));
    const alarm = await subscription.monitor({ nodeId: id("smt-01-reflow.AlarmActive"), attributeId: opcua.AttributeIds.Value },
      { samplingInterval: 100, queueSize: 10 }, opcua.TimestampsToReturn.Both);
    alarm.on("changed", (dv) => alarms.push(dv.value.value));

    await sleep(4000);
    const grew = counts.length >= 2 && counts[counts.length - 1] > counts[0];
    report("counts-grow", grew, counts.join(","));

    // Simulated seconds: twenty minutes of fault outlast the checks below even when the simulator runs fast.
    const call = await session.call({
      objectId: id("smt-01-reflow"),
      methodId: id("smt-01-reflow.InjectFault"),
      inputArguments: [
        { dataType: opcua.DataType.String, value: "E-INTEROP" },
        { dataType: opcua.DataType.Double, value: 1200 },
      ],
    });
    report("inject-fault-call", call.statusCode.isGood(), call.statusCode.toString());
    await sleep(1500);
    const code = (await session.read({ nodeId: id("smt-01-reflow.AlarmCode"), attributeId: opcua.AttributeIds.Value })).value.value;
    report("fault-seen", alarms.includes(true) && code === "E-INTEROP", `alarms ${alarms.join(",")}, code ${code}`);

    const refused = await session.call({
      objectId: id("smt-01-reflow"),
      methodId: id("smt-01-reflow.InjectFault"),
      inputArguments: [
        { dataType: opcua.DataType.String, value: "E-AGAIN" },
        { dataType: opcua.DataType.Double, value: 5 },
      ],
    });
    report("second-fault-refused", refused.statusCode.name === "BadInvalidState", refused.statusCode.toString());
    await subscription.terminate();
  } finally {
    await session.close();
    await client.disconnect();
  }
}

main().then(
  () => process.exit(failures === 0 ? 0 : 1),
  (e) => { report("run", false, e && e.message ? e.message : e); process.exit(1); });
