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

build_in_node_target medrec-relay "$(node_target_dir)/release/polkadot{,-execute-worker,-prepare-worker}" "$@"
