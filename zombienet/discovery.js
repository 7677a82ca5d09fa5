// Collator discovery on the running network: the runtime's AuthorityDiscoveryApi names the
// session's collators, and each collator's node holds the private half of its key (zombienet
// writes //Alice's and //Bob's `audi` keys, which the `local` spec's genesis names), so each can
// publish its address and find the others. Resolves to the number of authorities whose key some
// collator node holds, so the DSL can assert `return is 2`.

const { ApiPromise, WsProvider } = require("@polkadot/api");

async function run(nodeName, networkInfo) {
  const connect = (name) =>
    ApiPromise.create({ provider: new WsProvider(networkInfo.nodesByName[name].wsUri), noInitWarn: true });
  const api = await connect(nodeName);
  const collators = await Promise.all(["alice", "bob"].map(connect));
  try {
    const authorities = await api.call.authorityDiscoveryApi.authorities();
    let held = 0;
    for (const key of authorities) {
      const holders = await Promise.all(
        collators.map((node) => node.rpc.author.hasKey(key.toHex(), "audi")),
      );
      if (holders.some((h) => h.isTrue)) held += 1;
    }
    return held;
  } finally {
    await Promise.all([api, ...collators].map((a) => a.disconnect()));
  }
}

module.exports = { run };
