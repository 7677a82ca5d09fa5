#!/usr/bin/env bash
# Builds the MedRec node (release) into ~/.cache/medrec/node-target/release/medrec-node
# (MEDREC_NODE_TARGET_DIR to change it).
# About 40 minutes cold on a 2-core machine (~1,300 crates: RocksDB, wasmtime, libp2p); a few
# seconds when nothing changed. Needs protobuf-compiler and libclang-dev, installed here.
#   ./scripts/build-node.sh [--features runtime-benchmarks]
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
step "building medrec-node into $CARGO_TARGET_DIR (release; progress below)"
started=$SECONDS
ws_cargo build --release --locked -p medrec-node "$@"
ok "built $CARGO_TARGET_DIR/release/medrec-node in $((SECONDS - started)) s"
