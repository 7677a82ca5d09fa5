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
need=()
command -v protoc >/dev/null 2>&1 || need+=(protobuf-compiler)
dpkg-query -W -f='${Status}' libclang-dev 2>/dev/null | grep -q "install ok installed" || need+=(libclang-dev)
if [ ${#need[@]} -gt 0 ]; then
	step "apt-get install ${need[*]}"
	sudo_cmd=()
	[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
	"${sudo_cmd[@]}" apt-get update -qq
	DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${need[@]}" >/dev/null ||
		die "apt-get install ${need[*]} failed; the node needs them to build."
fi

load_env
export CARGO_TARGET_DIR
CARGO_TARGET_DIR="$(node_target_dir)"
step "building medrec-node into $CARGO_TARGET_DIR (release; progress below)"
started=$SECONDS
ws_cargo build --release --locked -p medrec-node "$@"
ok "built $CARGO_TARGET_DIR/release/medrec-node in $((SECONDS - started)) s"
