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

build_in_node_target medrec-node "$(node_target_dir)/release/medrec-node" "$@"
