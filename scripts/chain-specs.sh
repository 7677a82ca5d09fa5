#!/usr/bin/env bash
# Rebuilds the runtime and rewrites chain-specs/*.json from it (plain and raw, every chain),
# and records the environment that built the WASM in chain-specs/WASM_BUILD_ENV.
#   ./scripts/chain-specs.sh [CHAIN ...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=scripts/lib.sh
. "$root/scripts/lib.sh"
./scripts/setup.sh
load_env
ws_cargo run -q --locked -p medrec-chain-spec -- "$@"
wasm_build_env >chain-specs/WASM_BUILD_ENV
ok "chain specs written; WASM built with $(head -n 1 chain-specs/WASM_BUILD_ENV)"
