// node-opcua client side of the OPC UA benchmark: subscribes to <count> variables named s=Bench.<i> and counts data
// changes over a measured window, reporting its own CPU time. Usage:
// node bench-client.js <endpointUrl> <namespaceUri> <count> <intervalMs> <warmupSeconds> <seconds> [group|items] [policy:mode]
// "group" monitors all variables as one ClientMonitoredItemGroup (node-opcua's cheapest path); "items" creates one
// ClientMonitoredItem per variable with its own "changed" handler, the API most applications use. policy:mode, e.g.
// Basic256Sha256:SignAndEncrypt, secures the channel (default None:None).
"use strict";
const opcua = require("node-opcua");

const [endpointUrl, namespaceUri] = process.argv.slice(2, 4);
const [count, interval, warmup, seconds] = process.argv.slice(4, 8).map(Number);
const mode = process.argv[8] || "group";
const [securityPolicy, securityMode] = (process.argv[9] || "None:None").split(":");

(async () => {
  const client = opcua.OPCUAClient.create({
    endpointMustExist: false, connectionStrategy: { maxRetry: 1 },
    securityPolicy: opcua.SecurityPolicy[securityPolicy], securityMode: opcua.MessageSecurityMode[securityMode],
  });
  await client.connect(endpointUrl);
  const session = await client.createSession();
  const namespaces = (await session.read({ nodeId: "i=2255", attributeId: opcua.AttributeIds.Value })).value.value;
  const ns = namespaces.indexOf(namespaceUri);
  const subscription = await session.createSubscription2({
    requestedPublishingInterval: interval, requestedMaxKeepAliveCount: 10, requestedLifetimeCount: 100,
    maxNotificationsPerPublish: 0, publishingEnabled: true,
  });
  const items = [];
  for (let i = 0; i < count; i++) items.push({ nodeId: `ns=${ns};s=Bench.${i}`, attributeId: opcua.AttributeIds.Value });
  const parameters = { samplingInterval: interval, queueSize: 1, discardOldest: true };
  let changes = 0;
  let sum = 0;
  if (mode === "items") {
    await Promise.all(items.map(async (itemToMonitor) => {
      const item = await subscription.monitor(itemToMonitor, parameters, opcua.TimestampsToReturn.Both);
      item.on("changed", (dataValue) => { changes++; sum += dataValue.value.value; });
    }));
  } else {
    const group = await subscription.monitorItems(items, parameters, opcua.TimestampsToReturn.Both);
    group.on("changed", (item, dataValue) => { changes++; sum += dataValue.value.value; });
  }
  await new Promise((resolve) => setTimeout(resolve, warmup * 1000));
  console.log("MEASURE_START");
  const startChanges = changes;
  const startCpu = process.cpuUsage();
  const startWall = process.hrtime.bigint();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const cpu = process.cpuUsage(startCpu);
  const wall = Number(process.hrtime.bigint() - startWall) / 1e9;
  console.log(JSON.stringify({ changes: changes - startChanges, cpuSeconds: (cpu.user + cpu.system) / 1e6, wallSeconds: wall, checksum: sum > 0 }));
  process.exit(0);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
