#!/usr/bin/env bash
# Runs the MedRec node's development chain: blocks sealed as soon as a transaction arrives, a
# mocked relay chain, state in a temporary directory. Serves RPC on 127.0.0.1:${MEDREC_PORT:-9944}.
#   ./scripts/run-node.sh [extra node flags, e.g. --dev-block-time 6000 instead of instant seal]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib.sh
. "$root/scripts/lib.sh"
node="$(node_target_dir)/release/medrec-node"
[ -x "$node" ] || die "no node at $node; build it with: make node (about 40 minutes the first time)"
seal=(--instant-seal)
for arg in "$@"; do
	[ "$arg" = --dev-block-time ] && seal=()
done
exec "$node" --dev --chain dev --tmp --database paritydb "${seal[@]}" --rpc-port "${MEDREC_PORT:-9944}" "$@"
