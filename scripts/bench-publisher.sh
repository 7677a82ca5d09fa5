#!/usr/bin/env bash
# Measures the pointer publisher on this machine: a fresh Chopsticks chain with 1,000 registered
# patients, the demo EMR refilled with 10 records each, and a release gatekeeper publishing
# them all: records per second, blocks used, fees paid, and the weight charged per pointer next
# to a balance transfer's.
#   ./scripts/bench-publisher.sh [--patients N] [--records N] [--batch N]
# Builds the release binary into the node's target dir (its release crates are reused).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=scripts/lib.sh
. "$root/scripts/lib.sh"

./scripts/setup.sh
load_env
export CARGO_TARGET_DIR
CARGO_TARGET_DIR="$(node_target_dir)"
step "building medrec-gatekeeper (release) into $CARGO_TARGET_DIR"
SKIP_WASM_BUILD=1 ws_cargo build --release --locked -p medrec-gatekeeper
export MEDREC_GATEKEEPER_BIN="$CARGO_TARGET_DIR/release/medrec-gatekeeper"
step "publishing benchmark (Chopsticks chain, demo database refilled)"
node e2e/scripts/bench-publisher.mjs "$@"
