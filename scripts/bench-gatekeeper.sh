#!/usr/bin/env bash
# Measures the gatekeeper on this machine, two ways in one run, and prints them side by side:
# 1. one record: bare sr25519 verification and raw database reads of one record (every core),
#    then authorized fetches of it through the API of a release gatekeeper on a fresh Chopsticks
#    chain that never moves, with p50/p99 latency (and the same through FHIR);
# 2. a hospital: 10,000 patients, 50,000 pointers and 500 requesters with grants of every
#    scope, seeded on a chain that then makes a block every 6 s (the MedRec node if it is
#    built, else Chopsticks); requests skewed towards a few hot patients while grants,
#    revocations, registrations and new records arrive; fetches/s against the physical limit
#    of the same run, p50/p99 overall and just after each new block, chain calls per block,
#    and checks that every revocation is refused from its block on (the command fails if not).
#   ./scripts/bench-gatekeeper.sh [--quick] [--only single|realistic] [--chain node|chopsticks]
#       [--realistic "ARGS"] [one record's: --requests N --concurrency C,… --json]
# --quick: 20,000 fetches a level for the first, 1,000 patients for 30 s for the second.
# --realistic passes ARGS to e2e/scripts/bench-gatekeeper-realistic.mjs (--patients N,
# --requesters N, --seconds N, --concurrency N, --skew S, …). Builds the release binary into
# the node's target dir (its release crates are reused); the node itself is `make node`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=scripts/lib.sh
. "$root/scripts/lib.sh"

quick=0 only="" chain=""
realistic=() single=()
while [ $# -gt 0 ]; do
	case "$1" in
	--quick) quick=1 ;;
	--only)
		only="${2:?--only single|realistic}"
		shift
		;;
	--chain)
		chain="${2:?--chain node|chopsticks}"
		shift
		;;
	--realistic)
		read -r -a realistic <<<"${2:?--realistic \"ARGS\"}"
		shift
		;;
	*) single+=("$1") ;;
	esac
	shift
done
case "$only" in "" | single | realistic) ;; *) die "--only single or --only realistic" ;; esac

./scripts/setup.sh
load_env
build_release_gatekeeper
# The realistic benchmark's checks sign their requests with the portal's client library.
npm --prefix portal run --silent build:client
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
echo "uptime: $(uptime)"
status=0
if [ "$only" != realistic ]; then
	step "1. one record (Chopsticks chain that never moves, demo database)"
	[ "$quick" = 1 ] && single=(--requests 20000 "${single[@]}")
	RUST_LOG="${RUST_LOG:-warn}" MEDREC_BENCH_JSON="$out/single.json" \
		node e2e/scripts/bench-gatekeeper.mjs -- "${single[@]}" || status=$?
fi
if [ "$only" != single ] && [ "$status" = 0 ]; then
	step "2. a hospital (a block every 6 s, grants and revocations during the run)"
	[ -n "$chain" ] && realistic+=(--chain "$chain")
	[ "$quick" = 1 ] && realistic+=(--quick)
	RUST_LOG="${RUST_LOG:-warn}" node e2e/scripts/bench-gatekeeper-realistic.mjs \
		"${realistic[@]}" --out "$out/realistic.json" || status=$?
fi
step "side by side"
node e2e/scripts/bench-gatekeeper-summary.mjs "$out/single.json" "$out/realistic.json"
echo "uptime: $(uptime)"
exit "$status"
