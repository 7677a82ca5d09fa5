#!/usr/bin/env bash
# Builds the `polkadot` relay-chain binary and its two PVF workers (crate relay/, rococo-local
# only) for the zombienet network, into the node's target dir: most of its ~1,300 crates are the
# node's, already built there. Needs the same system packages as the node.
#   ./scripts/build-relay.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=scripts/lib.sh
. "$root/scripts/lib.sh"

./scripts/setup.sh
install_node_build_deps

load_env
export CARGO_TARGET_DIR
CARGO_TARGET_DIR="$(node_target_dir)"
step "building polkadot + workers into $CARGO_TARGET_DIR (release; progress below)"
started=$SECONDS
ws_cargo build --release --locked -p medrec-relay "$@"
ok "built $CARGO_TARGET_DIR/release/polkadot{,-execute-worker,-prepare-worker} in $((SECONDS - started)) s"
