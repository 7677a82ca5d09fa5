#!/usr/bin/env bash
# Rebuilds the runtime and rewrites chain-specs/*.json from it (plain and raw, every chain),
# and records the compiler that built the WASM in chain-specs/WASM_TOOLCHAIN.
#   ./scripts/chain-specs.sh [CHAIN ...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=scripts/lib.sh
. "$root/scripts/lib.sh"
./scripts/setup.sh
load_env
ws_cargo run -q --locked -p medrec-chain-spec -- "$@"
wasm_rustc_version >chain-specs/WASM_TOOLCHAIN
ok "chain specs written; WASM built by $(cat chain-specs/WASM_TOOLCHAIN)"
