// node-opcua peer of the MES's telemetry ingestion: subscribes to exactly the nodes the equipment agent monitors
// (one string identifier per line of <nodesFile>), with the agent's sampling and publishing intervals and queue size,
// and counts data changes over a measured window with its own CPU time. node-opcua comes from tests/interop
// (NODE_PATH). Usage:
// node subscribe-nodes.js <endpointUrl> <namespaceUri> <nodesFile> <samplingMs> <publishingMs> <queueSize> <warmupSeconds> <seconds>
"use strict";
const fs = require("fs");
const opcua = require("node-opcua");

const [endpointUrl, namespaceUri, nodesFile] = process.argv.slice(2, 5);
const [sampling, publishing, queueSize, warmup, seconds] = process.argv.slice(5, 10).map(Number);

(async () => {
  const identifiers = fs.readFileSync(nodesFile, "utf8").split("\n").filter((l) => l.length > 0);
  const client = opcua.OPCUAClient.create({ endpointMustExist: false, connectionStrategy: { maxRetry: 1 } });
  await client.connect(endpointUrl);
  const session = await client.createSession();
  const namespaces = (await session.read({ nodeId: "i=2255", attributeId: opcua.AttributeIds.Value })).value.value;
  const ns = namespaces.indexOf(namespaceUri);
  const subscription = await session.createSubscription2({
    requestedPublishingInterval: publishing, requestedMaxKeepAliveCount: 10, requestedLifetimeCount: 100,
    maxNotificationsPerPublish: 0, publishingEnabled: true,
  });
  const items = identifiers.map((s) => ({ nodeId: `ns=${ns};s=${s}`, attributeId: opcua.AttributeIds.Value }));
  const group = await subscription.monitorItems(items, { samplingInterval: sampling, queueSize, discardOldest: true }, opcua.TimestampsToReturn.Both);
  let changes = 0;
  group.on("changed", () => { changes++; });
  await new Promise((resolve) => setTimeout(resolve, warmup * 1000));
  const startChanges = changes;
  const startCpu = process.cpuUsage();
  const startWall = process.hrtime.bigint();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const cpu = process.cpuUsage(startCpu);
  const wall = Number(process.hrtime.bigint() - startWall) / 1e9;
  console.log(JSON.stringify({ items: items.length, changes: changes - startChanges, cpuSeconds: (cpu.user + cpu.system) / 1e6, wallSeconds: wall }));
  process.exit(0);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
