#!/usr/bin/env bash
# Runs the e2e suite twice in a row against one running chain, as it runs against a shared
# test network: starts one Chopsticks on the development chain spec (as e2e/lib/chain.mjs
# does), runs the suite with E2E_ENDPOINT pointing at it, then again with a new run id (new
# accounts: e2e/lib/actors.mjs) against the same chain, which the first run has changed.
# Prints both runs' summaries and times; fails if either run failed. The files that need a
# chain of their own (gatekeeper-anchoring, gatekeeper-chain, gatekeeper-ha, publisher) start one
# each time.
#
#   ./scripts/e2e-twice.sh [test file…]     (default: every file in e2e/tests/)
#
# E2E_SUDO, MEDREC_SPEC, MEDREC_GATEKEEPER_BIN and MEDREC_PG_URL are passed on as `make e2e`
# takes them (e2e/README.md). Each run's output is kept in a temporary folder, named at the end.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=scripts/lib.sh
. "$root/scripts/lib.sh"

files=("$@")
[ ${#files[@]} -gt 0 ] || files=(tests/)
spec="${MEDREC_SPEC:-$root/chain-specs/dev.raw.json}"
logs="$(mktemp -d "${TMPDIR:-/tmp}/medrec-e2e-twice.XXXXXX")"

# PostgreSQL for the gatekeeper's suites, found as scripts/test.sh finds it.
if [ -z "${MEDREC_PG_URL:-}" ]; then
	if pg_url="$(./scripts/postgres-test-db.sh 2>"$logs/postgres.reason")"; then
		export MEDREC_PG_URL="$pg_url"
	else
		MEDREC_PG_SKIP_REASON="$(tail -n 1 "$logs/postgres.reason")"
		export MEDREC_PG_SKIP_REASON
		echo "note: gatekeeper PostgreSQL tests skipped: $MEDREC_PG_SKIP_REASON"
	fi
fi

cd e2e
npm run --silent pretest

port="$(node -e "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })")"
endpoint="ws://127.0.0.1:$port"
step "Chopsticks on $endpoint ($spec)"
node_modules/.bin/chopsticks --genesis "$spec" --port "$port" --host 127.0.0.1 --build-block-mode Instant \
	>"$logs/chopsticks.log" 2>&1 &
chopsticks=$!
stop_chopsticks() {
	kill -INT "$chopsticks" 2>/dev/null || return 0
	wait "$chopsticks" 2>/dev/null || true
}
trap stop_chopsticks EXIT
for _ in $(seq 600); do
	grep -q 'RPC listening on' "$logs/chopsticks.log" && break
	kill -0 "$chopsticks" 2>/dev/null || die "Chopsticks exited: $(tail -n 20 "$logs/chopsticks.log")"
	sleep 0.1
done
grep -q 'RPC listening on' "$logs/chopsticks.log" || die "Chopsticks did not start within 60 s: $logs/chopsticks.log"

summaries=()
failed=0
for run in 1 2; do
	id="twice-$(date +%Y%m%d-%H%M%S)-$run"
	step "run $run of 2: E2E_RUN_ID=$id E2E_ENDPOINT=$endpoint"
	t0=$SECONDS
	# The spec reporter for the terminal, TAP to a file for the summary.
	status=0
	E2E_ENDPOINT="$endpoint" E2E_RUN_ID="$id" node --test --test-concurrency=1 \
		--test-reporter=spec --test-reporter-destination=stdout \
		--test-reporter=tap --test-reporter-destination="$logs/run$run.tap" \
		"${files[@]}" || status=$?
	[ $status -eq 0 ] || failed=1
	counts="$(sed -n 's/^# \(tests\|pass\|fail\|cancelled\|skipped\) \([0-9]*\)$/\1 \2/p' "$logs/run$run.tap" | paste -sd, - | sed 's/,/, /g')"
	summaries+=("$(printf 'run %d (%s): %s; %d s; exit %d' "$run" "$id" "$counts" $((SECONDS - t0)) "$status")")
done

step "summary (one chain: $endpoint; output in $logs)"
printf '  %s\n' "${summaries[@]}"
[ $failed -eq 0 ] || die "a run failed; its TAP output is in $logs"
ok "the suite passed twice against one chain"
