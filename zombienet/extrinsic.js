// A transaction from the e2e suite, on the running network: Dave registers as a patient
// (`registrar.registerPatient`). Resolves to 1 once it is in a block with
// `registrar.PatientRegistered`, so the DSL can assert `return is 1`.

const { ApiPromise, WsProvider } = require("@polkadot/api");
const { Keyring } = require("@polkadot/keyring");

async function run(nodeName, networkInfo) {
  const { wsUri } = networkInfo.nodesByName[nodeName];
  const api = await ApiPromise.create({ provider: new WsProvider(wsUri), noInitWarn: true });
  const dave = new Keyring({ type: "sr25519" }).addFromUri("//Dave");
  try {
    const registered = await new Promise((resolve, reject) => {
      api.tx.registrar
        .registerPatient()
        .signAndSend(dave, ({ status, events, dispatchError }) => {
          if (dispatchError) reject(new Error(dispatchError.toString()));
          else if (status.isInBlock) {
            resolve(events.some(({ event }) => api.events.registrar.PatientRegistered.is(event)));
          }
        })
        .catch(reject);
    });
    return registered ? 1 : 0;
  } finally {
    await api.disconnect();
  }
}

module.exports = { run };
