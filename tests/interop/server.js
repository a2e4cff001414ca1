// node-opcua server exposing the address space the Mes.OpcUa client interop tests and benchmark read.
// Usage: node server.js <port> [benchItems] [benchIntervalMs] [options]; prints "SERVER_READY <url> <namespaceUri>" when listening.
// Options:
//   --pki <folder>            trust list for client certificates (own/ trusted/ rejected/ issuers/); unknown clients are refused
//   --user-pki <folder>       trust list for X509 user certificates
//   --cert <pem> --key <pem>  the server's application certificate and private key
//   --application-uri <uri>   the server's application URI (must match the certificate's SAN URI)
//   --state <file>            keep Machine1.Counter in this file, so that a restarted server continues counting
"use strict";
const fs = require("fs");
const opcua = require("node-opcua");

const positional = [];
const flags = {};
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i].startsWith("--")) flags[process.argv[i].slice(2)] = process.argv[++i];
  else positional.push(process.argv[i]);
}
const port = parseInt(positional[0] || "48401", 10);
const benchItems = parseInt(positional[1] || "0", 10);
const benchInterval = parseInt(positional[2] || "100", 10);

const scalars = {
  Boolean: [opcua.DataType.Boolean, true],
  SByte: [opcua.DataType.SByte, -5],
  Byte: [opcua.DataType.Byte, 200],
  Int16: [opcua.DataType.Int16, -30000],
  UInt16: [opcua.DataType.UInt16, 60000],
  Int32: [opcua.DataType.Int32, -2000000000],
  UInt32: [opcua.DataType.UInt32, 4000000000],
  Int64: [opcua.DataType.Int64, [0xFFFFFFFF, 0xFFFFFFFE]],
  UInt64: [opcua.DataType.UInt64, [1, 2]],
  Float: [opcua.DataType.Float, 3.25],
  Double: [opcua.DataType.Double, 3.141592653589793],
  String: [opcua.DataType.String, "温度 temperature"],
  DateTime: [opcua.DataType.DateTime, new Date(Date.UTC(2026, 2, 1, 8, 30, 15))],
  Guid: [opcua.DataType.Guid, "72962B91-FA75-4AE6-8D28-B404DC7DAF63"],
  ByteString: [opcua.DataType.ByteString, Buffer.from([1, 2, 3])],
  XmlElement: [opcua.DataType.XmlElement, "<a>1</a>"],
  NodeId: [opcua.DataType.NodeId, opcua.resolveNodeId("ns=1;s=Machine1")],
  ExpandedNodeId: [opcua.DataType.ExpandedNodeId, opcua.makeExpandedNodeId(5, 0)],
  StatusCode: [opcua.DataType.StatusCode, opcua.StatusCodes.BadNodeIdUnknown],
  QualifiedName: [opcua.DataType.QualifiedName, new opcua.QualifiedName({ namespaceIndex: 1, name: "Speed" })],
  LocalizedText: [opcua.DataType.LocalizedText, new opcua.LocalizedText({ locale: "zh-CN", text: "回流焊" })],
};
const arrays = {
  Boolean: [opcua.DataType.Boolean, [true, false]],
  Int16: [opcua.DataType.Int16, new Int16Array([-1, 1])],
  Int32: [opcua.DataType.Int32, new Int32Array([1, -1, 7])],
  UInt32: [opcua.DataType.UInt32, new Uint32Array([0, 4000000000])],
  Float: [opcua.DataType.Float, new Float32Array([1.5, -0.25])],
  Double: [opcua.DataType.Double, new Float64Array([1.5, -2.25, 1e300])],
  String: [opcua.DataType.String, ["a", "b", "c"]],
  Byte: [opcua.DataType.Byte, Buffer.from([0, 255])],
};

(async () => {
  const security = {};
  if (flags.pki) {
    security.serverCertificateManager = new opcua.OPCUACertificateManager({ rootFolder: flags.pki, automaticallyAcceptUnknownCertificate: false });
    await security.serverCertificateManager.initialize();
  }
  if (flags["user-pki"]) {
    security.userCertificateManager = new opcua.OPCUACertificateManager({ rootFolder: flags["user-pki"], automaticallyAcceptUnknownCertificate: false });
    await security.userCertificateManager.initialize();
  }
  if (flags.cert) security.certificateFile = flags.cert;
  if (flags.key) security.privateKeyFile = flags.key;
  if (flags["application-uri"]) security.serverInfo = { applicationUri: flags["application-uri"] };
  const server = new opcua.OPCUAServer({
    port,
    hostname: "127.0.0.1",
    registerServerMethod: opcua.RegisterServerMethod.HIDDEN,
    securityPolicies: [opcua.SecurityPolicy.None, opcua.SecurityPolicy.Basic256Sha256, opcua.SecurityPolicy.Aes128_Sha256_RsaOaep, opcua.SecurityPolicy.Aes256_Sha256_RsaPss],
    securityModes: [opcua.MessageSecurityMode.None, opcua.MessageSecurityMode.Sign, opcua.MessageSecurityMode.SignAndEncrypt],
    ...security,
    allowAnonymous: true,
    maxConnectionsPerEndpoint: 20,
    serverCapabilities: { maxBrowseContinuationPoints: 10 },
    userManager: { isValidUser: (user, password) => user === "operator" && password === "secret" },
  });
  await server.initialize();
  const addressSpace = server.engine.addressSpace;
  const ns = addressSpace.getOwnNamespace();
  const objects = addressSpace.rootFolder.objects;

  const scalarFolder = ns.addFolder(objects, { nodeId: "s=Scalars", browseName: "Scalars" });
  for (const [name, [dataType, value]] of Object.entries(scalars)) {
    ns.addVariable({
      componentOf: scalarFolder, nodeId: `s=Scalars.${name}`, browseName: name, dataType,
      accessLevel: "CurrentRead | CurrentWrite", userAccessLevel: "CurrentRead | CurrentWrite",
      minimumSamplingInterval: 100,
      value: new opcua.Variant({ dataType, arrayType: opcua.VariantArrayType.Scalar, value }),
    });
  }
  const arrayFolder = ns.addFolder(objects, { nodeId: "s=Arrays", browseName: "Arrays" });
  for (const [name, [dataType, value]] of Object.entries(arrays)) {
    ns.addVariable({
      componentOf: arrayFolder, nodeId: `s=Arrays.${name}`, browseName: name, dataType, valueRank: 1,
      accessLevel: "CurrentRead | CurrentWrite", userAccessLevel: "CurrentRead | CurrentWrite",
      minimumSamplingInterval: 100,
      value: new opcua.Variant({ dataType, arrayType: opcua.VariantArrayType.Array, value }),
    });
  }
  ns.addVariable({
    componentOf: arrayFolder, nodeId: "s=Arrays.Matrix", browseName: "Matrix", dataType: opcua.DataType.Int32, valueRank: 2,
    arrayDimensions: [2, 3], minimumSamplingInterval: 100,
    value: new opcua.Variant({ dataType: opcua.DataType.Int32, arrayType: opcua.VariantArrayType.Matrix, dimensions: [2, 3], value: new Int32Array([1, 2, 3, 4, 5, 6]) }),
  });
  const big = new Float64Array(20000);
  for (let i = 0; i < big.length; i++) big[i] = i * 0.5;
  ns.addVariable({
    componentOf: arrayFolder, nodeId: "s=Arrays.Big", browseName: "Big", dataType: opcua.DataType.Double, valueRank: 1,
    minimumSamplingInterval: 1000,
    value: new opcua.Variant({ dataType: opcua.DataType.Double, arrayType: opcua.VariantArrayType.Array, value: big }),
  });

  const machine = ns.addObject({ organizedBy: objects, nodeId: "s=Machine1", browseName: "Machine1" });
  let counter = flags.state && fs.existsSync(flags.state) ? parseInt(fs.readFileSync(flags.state, "utf8"), 10) : 0;
  const counterVariable = ns.addVariable({
    componentOf: machine, nodeId: "s=Machine1.Counter", browseName: "Counter", dataType: opcua.DataType.UInt32,
    minimumSamplingInterval: 50,
    value: new opcua.Variant({ dataType: opcua.DataType.UInt32, value: counter }),
  });
  setInterval(() => {
    counter++;
    if (flags.state) fs.writeFileSync(flags.state, String(counter));
    counterVariable.setValueFromSource(new opcua.Variant({ dataType: opcua.DataType.UInt32, value: counter }));
  }, 200);
  ns.addVariable({
    componentOf: machine, nodeId: "s=Machine1.Idle", browseName: "Idle", dataType: opcua.DataType.Double,
    minimumSamplingInterval: 50, value: new opcua.Variant({ dataType: opcua.DataType.Double, value: 1 }),
  });
  ns.addVariable({
    componentOf: machine, nodeId: "s=Machine1.ReadOnly", browseName: "ReadOnly", dataType: opcua.DataType.Double,
    accessLevel: "CurrentRead", userAccessLevel: "CurrentRead",
    minimumSamplingInterval: 100, value: new opcua.Variant({ dataType: opcua.DataType.Double, value: 5 }),
  });
  const reset = ns.addMethod(machine, {
    nodeId: "s=Machine1.Reset", browseName: "Reset",
    inputArguments: [{ name: "start", dataType: opcua.DataType.UInt32 }],
    outputArguments: [{ name: "previous", dataType: opcua.DataType.UInt32 }],
  });
  reset.bindMethod((inputArguments, context, callback) => {
    const previous = counter;
    counter = inputArguments[0].value;
    callback(null, { statusCode: opcua.StatusCodes.Good, outputArguments: [{ dataType: opcua.DataType.UInt32, value: previous }] });
  });
  const many = ns.addFolder(objects, { nodeId: "s=Many", browseName: "Many" });
  for (let i = 0; i < 120; i++) {
    ns.addVariable({
      componentOf: many, nodeId: `s=Many.${i}`, browseName: `Item${String(i).padStart(3, "0")}`, dataType: opcua.DataType.Int32,
      minimumSamplingInterval: 1000, value: new opcua.Variant({ dataType: opcua.DataType.Int32, value: i }),
    });
  }

  if (benchItems > 0) {
    const benchFolder = ns.addFolder(objects, { nodeId: "s=Bench", browseName: "Bench" });
    const variables = [];
    for (let i = 0; i < benchItems; i++) {
      variables.push(ns.addVariable({
        componentOf: benchFolder, nodeId: `s=Bench.${i}`, browseName: `B${i}`, dataType: opcua.DataType.Double,
        minimumSamplingInterval: benchInterval, value: new opcua.Variant({ dataType: opcua.DataType.Double, value: 0 }),
      }));
    }
    let tick = 0;
    setInterval(() => {
      tick++;
      for (let i = 0; i < variables.length; i++) {
        variables[i].setValueFromSource(new opcua.Variant({ dataType: opcua.DataType.Double, value: tick + i * 0.001 }));
      }
    }, benchInterval);
  }

  await server.start();
  console.log(`SERVER_READY opc.tcp://127.0.0.1:${port} ${ns.namespaceUri}`);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
