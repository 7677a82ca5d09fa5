#!/usr/bin/env bash
# Measures the gatekeeper on this machine, in one run: bare sr25519 verification and raw
# database reads of the same record (every core), then authorized fetches through the API of a
# release gatekeeper on a fresh Chopsticks chain, with p50/p99 latency.
#   ./scripts/bench-gatekeeper.sh [--requests N] [--concurrency C] [--json]
# Builds the release binary into the node's target dir (its release crates are reused).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=scripts/lib.sh
. "$root/scripts/lib.sh"

./scripts/setup.sh
load_env
build_release_gatekeeper
step "benchmark (Chopsticks chain, demo database)"
RUST_LOG="${RUST_LOG:-warn}" node e2e/scripts/bench-gatekeeper.mjs -- "$@"
