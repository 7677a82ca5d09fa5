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
build_release_gatekeeper
step "publishing benchmark (Chopsticks chain, demo database refilled)"
node e2e/scripts/bench-publisher.mjs "$@"
