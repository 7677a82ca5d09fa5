#!/usr/bin/env bash
# Runs the zombienet smoke test (zombienet/smoke.zndsl): a rococo-local relay with two
# validators and two MedRec collators, native processes. Needs the relay binary and the node:
# `make relay` and `make node` (the node-target dir; MEDREC_NODE_TARGET_DIR to move it).
#   ./scripts/zombienet.sh           the smoke test
#   ./scripts/zombienet.sh --spawn   only spawn the network, for manual use (Ctrl-C stops it)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=scripts/lib.sh
. "$root/scripts/lib.sh"

bin="$(node_target_dir)/release"
for tool in polkadot polkadot-execute-worker polkadot-prepare-worker; do
	[ -x "$bin/$tool" ] || die "$bin/$tool is missing: run make relay (~25 min beside a built node)"
done
[ -x "$bin/medrec-node" ] || die "$bin/medrec-node is missing: run make node (~40 min cold)"

# @zombienet/cli pins a GitHub fork of `toml`; zombienet/package.json overrides it with the
# npm release, so the install needs only the npm registry.
if [ ! -x zombienet/node_modules/.bin/zombienet ]; then
	step "npm ci (zombienet)"
	npm ci --prefix zombienet --no-audit --no-fund --loglevel=error
fi

export POLKADOT_BIN="$bin/polkadot"
export MEDREC_NODE_BIN="$bin/medrec-node"
export MEDREC_LOCAL_SPEC="$root/chain-specs/local.raw.json"
# The validators spawn their PVF workers from the relay binary's folder.
export PATH="$bin:$PATH"
# Four distinct free ports for the p2p of the validators and of the collators' parachain
# networks (network.toml makes each its node's public address: authority discovery, on both
# chains, wants one), so that networks on one machine do not collide.
read -r MEDREC_CHARLIE_P2P_PORT MEDREC_DAVE_P2P_PORT MEDREC_ALICE_P2P_PORT MEDREC_BOB_P2P_PORT < <(node -e '
	const net = require("node:net");
	const free = () => new Promise((ok) => { const s = net.createServer().listen(0, "127.0.0.1", () => { const { port } = s.address(); s.close(() => ok(port)); }); });
	(async () => { const ports = new Set(); while (ports.size < 4) ports.add(await free()); console.log([...ports].join(" ")); })();
')
export MEDREC_CHARLIE_P2P_PORT MEDREC_DAVE_P2P_PORT MEDREC_ALICE_P2P_PORT MEDREC_BOB_P2P_PORT
cd zombienet
if [ "${1:-}" = --spawn ]; then
	exec ./node_modules/.bin/zombienet spawn --provider native network.toml
fi
step "zombienet smoke test (native provider)"
started=$SECONDS
./node_modules/.bin/zombienet test --provider native smoke.zndsl
ok "zombienet smoke test passed in $((SECONDS - started)) s"
