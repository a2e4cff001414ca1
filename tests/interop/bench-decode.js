// node-opcua side of the decode benchmark: decodes the same PublishResponse (1 000 data changes) <iterations> times
// and hands every value to a callback, as a subscription dispatch does. Usage: node bench-decode.js <file> <iterations>
"use strict";
const fs = require("fs");
const { BinaryStream } = require("node-opcua-binary-stream");
const { decodeExpandedNodeId } = require("node-opcua-basic-types");
const { PublishResponse } = require("node-opcua-types");

const buffer = fs.readFileSync(process.argv[2]);
const iterations = Number(process.argv[3]);
let values = 0;
let sum = 0;
const dispatch = (clientHandle, dataValue) => { values++; sum += dataValue.value.value; };

function once() {
  const stream = new BinaryStream(buffer);
  decodeExpandedNodeId(stream);
  const response = new PublishResponse();
  response.decode(stream);
  for (const data of response.notificationMessage.notificationData) {
    for (const item of data.monitoredItems) dispatch(item.clientHandle, item.value);
  }
}

for (let i = 0; i < Math.min(200, iterations); i++) once();
values = 0;
const startCpu = process.cpuUsage();
const start = process.hrtime.bigint();
for (let i = 0; i < iterations; i++) once();
const cpu = process.cpuUsage(startCpu);
const wall = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({ values, cpuSeconds: (cpu.user + cpu.system) / 1e6, wallSeconds: wall, heapUsed: process.memoryUsage().heapUsed, checksum: sum > 0 }));
