// node-opcua client checking a Mes.OpcUa server's security: every policy, mode and identity, refusals, token renewal.
// Prints one JSON line per check and exits non-zero when one fails.
// Usage: node secure-client.js <endpointUrl> <namespaceUri> --pki <folder> --cert <pem> --key <pem> --application-uri <uri>
//          --user-cert <pem> --user-key <pem> --stranger-cert <pem> --stranger-key <pem> [--large-key-url <endpointUrl>]
"use strict";
const fs = require("fs");
const opcua = require("node-opcua");
const { report, check, exitCode } = require("./checks");

const endpointUrl = process.argv[2];
const namespaceUri = process.argv[3];
const flags = {};
for (let i = 4; i < process.argv.length; i += 2) flags[process.argv[i].slice(2)] = process.argv[i + 1];

function derOf(pemFile) {
  const pem = fs.readFileSync(pemFile, "utf8");
  return Buffer.from(pem.replace(/-----[^-]+-----/g, "").replace(/\s+/g, ""), "base64");
}

const policies = ["Basic256Sha256", "Aes128_Sha256_RsaOaep", "Aes256_Sha256_RsaPss"];
const modes = ["Sign", "SignAndEncrypt"];
const identities = {
  anonymous: { type: opcua.UserTokenType.Anonymous },
  username: { type: opcua.UserTokenType.UserName, userName: "operator", password: "secret" },
  x509: {
    type: opcua.UserTokenType.Certificate,
    certificateData: derOf(flags["user-cert"]),
    privateKey: fs.readFileSync(flags["user-key"], "utf8"),
  },
};

let certificateManager;

function createClient(policy, mode, extra) {
  return opcua.OPCUAClient.create({
    applicationName: "node-opcua interop client",
    applicationUri: flags["application-uri"],
    securityPolicy: opcua.SecurityPolicy[policy],
    securityMode: opcua.MessageSecurityMode[mode],
    certificateFile: flags.cert,
    privateKeyFile: flags.key,
    clientCertificateManager: certificateManager,
    endpointMustExist: true,
    connectionStrategy: { maxRetry: 0, initialDelay: 100, maxDelay: 200 },
    ...extra,
  });
}

async function readAnswer(session) {
  const nsArray = (await session.read({ nodeId: "i=2255", attributeId: opcua.AttributeIds.Value })).value.value;
  const ns = nsArray.indexOf(namespaceUri);
  return (await session.read({ nodeId: `ns=${ns};s=Scalars.Double`, attributeId: opcua.AttributeIds.Value })).value.value;
}

async function connectAndRead(url, policy, mode, identity, extra) {
  const client = createClient(policy, mode, extra);
  try {
    await client.connect(url);
    const session = await client.createSession(identity);
    const value = await readAnswer(session);
    await session.close();
    return { ok: value === Math.PI, detail: value };
  } finally {
    await client.disconnect();
  }
}

async function refused(url, policy, mode, identity, extra) {
  const client = createClient(policy, mode, extra);
  try {
    await client.connect(url);
    await client.createSession(identity);
    return { ok: false, detail: "the session was created" };
  } catch (e) {
    return { ok: true, detail: e.message.split("\n")[0] };
  } finally {
    await client.disconnect();
  }
}

(async () => {
  certificateManager = new opcua.OPCUACertificateManager({ rootFolder: flags.pki, automaticallyAcceptUnknownCertificate: false });
  await certificateManager.initialize();

  for (const policy of policies) {
    for (const mode of modes) {
      for (const [name, identity] of Object.entries(identities)) {
        await check(`connect_${policy}_${mode}_${name}`, () => connectAndRead(endpointUrl, policy, mode, identity));
      }
    }
  }

  await check("wrong_password_is_refused", async () => {
    const outcome = await refused(endpointUrl, "Basic256Sha256", "SignAndEncrypt", { type: opcua.UserTokenType.UserName, userName: "operator", password: "wrong" });
    return { ok: outcome.ok && /BadUserAccessDenied/.test(outcome.detail), detail: outcome.detail };
  });

  await check("untrusted_client_certificate_is_refused", () =>
    refused(endpointUrl, "Basic256Sha256", "SignAndEncrypt", identities.anonymous, { certificateFile: flags["stranger-cert"], privateKeyFile: flags["stranger-key"] }));

  await check("token_renewal_keeps_the_subscription_flowing", async () => {
    const client = createClient("Basic256Sha256", "SignAndEncrypt", { defaultSecureTokenLifetime: 2000 });
    let renewals = 0;
    client.on("security_token_renewed", () => renewals++);
    try {
      await client.connect(endpointUrl);
      const session = await client.createSession(identities.anonymous);
      const nsArray = (await session.read({ nodeId: "i=2255", attributeId: opcua.AttributeIds.Value })).value.value;
      const ns = nsArray.indexOf(namespaceUri);
      const subscription = await session.createSubscription2({ requestedPublishingInterval: 100, requestedMaxKeepAliveCount: 10, requestedLifetimeCount: 100, publishingEnabled: true });
      const item = await subscription.monitor({ nodeId: `ns=${ns};s=Machine1.Counter`, attributeId: opcua.AttributeIds.Value },
        { samplingInterval: 20, queueSize: 1000, discardOldest: true }, opcua.TimestampsToReturn.Both);
      const seen = [];
      let changesAfterThirdRenewal = 0;
      await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${renewals} renewals, ${seen.length} changes`)), 60000);
        item.on("changed", (dv) => {
          seen.push(dv.value.value);
          if (renewals >= 3 && ++changesAfterThirdRenewal >= 5) { clearTimeout(timer); resolve(); }
        });
      });
      const increasing = seen.slice(1).every((v, i) => v > seen[i]);
      await subscription.terminate();
      await session.close();
      return { ok: increasing && renewals >= 3, detail: `${renewals} renewals, ${seen.length} changes, increasing: ${increasing}` };
    } finally {
      await client.disconnect();
    }
  });

  if (flags["large-key-url"]) {
    for (const policy of policies) {
      await check(`large_server_key_${policy}_SignAndEncrypt_username`, () => connectAndRead(flags["large-key-url"], policy, "SignAndEncrypt", identities.username));
    }
  }

  process.exit(exitCode());
})().catch((e) => {
  report("fatal", false, e && e.stack ? e.stack : e);
  process.exit(2);
});
