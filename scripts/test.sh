#!/usr/bin/env bash
# Tests everything, as CI does: setup, formatting, clippy, unit and runtime tests, the real
# WASM build, the chain-spec check, the e2e suite on Chopsticks and the portal's tests.
#
#   ./scripts/test.sh            everything
#   ./scripts/test.sh --no-e2e   without the e2e suite and the portal's tests
#
# Builds go to $CARGO_TARGET_DIR (default ~/.cache/medrec/target) so that later runs, and
# fresh clones on the same machine, reuse them.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=scripts/lib.sh
. "$root/scripts/lib.sh"

run_e2e=1
for arg in "$@"; do
	case "$arg" in
	--no-e2e) run_e2e=0 ;;
	*) die "unknown option $arg (known: --no-e2e)" ;;
	esac
done

started=$SECONDS
timings=()
# Runs a named step, times it, and on failure names the step and how to rerun it.
run_step() {
	local name="$1"
	shift
	step "$name"
	local t0=$SECONDS
	if ! "$@"; then
		die "step '$name' failed. Rerun it alone with: $*"
	fi
	timings+=("$(printf '%-28s %4ds' "$name" $((SECONDS - t0)))")
}

run_step "setup" ./scripts/setup.sh
load_env

run_step "rustfmt" ./scripts/fmt.sh --check

# Clippy checks every feature combination the runtime is built with (benchmarks and
# try-runtime included) without building WASM.
# The node (~40 min cold) and the relay binary have their own commands (`make node`,
# `make relay`); everything else is built here.
run_step "clippy" env SKIP_WASM_BUILD=1 ./scripts/cargo.sh clippy --workspace --exclude medrec-node --exclude medrec-relay \
	--all-targets --locked \
	--features medrec-runtime/runtime-benchmarks,medrec-runtime/try-runtime -- -D warnings

# One build serves the tests and the real WASM: the runtime's build script compiles the
# WASM that the runtime tests execute and the chain-spec tool embeds.
run_step "build (native + WASM)" ./scripts/cargo.sh test --workspace --exclude medrec-node --exclude medrec-relay \
	--locked --no-run
# The gatekeeper's tests (Rust and e2e) run on PostgreSQL too, over TLS, when one is available
# here.
if pg_url="$(./scripts/postgres-test-db.sh 2>/tmp/medrec-pg-reason)"; then
	export MEDREC_PG_URL="$pg_url"
else
	MEDREC_PG_SKIP_REASON="$(tail -n 1 /tmp/medrec-pg-reason)"
	export MEDREC_PG_SKIP_REASON
	echo "note: gatekeeper PostgreSQL tests skipped: $MEDREC_PG_SKIP_REASON"
fi
run_step "cargo test" ./scripts/cargo.sh test --workspace --exclude medrec-node --exclude medrec-relay --locked
# The e2e suite runs the gatekeeper binary: the debug build `make run` makes, without the
# runtime (some crates the tests share build again, with the gatekeeper's own features).
run_step "gatekeeper binary" ./scripts/cargo.sh build --locked -p medrec-gatekeeper

# Each pallet's benchmarks run as tests against its mock runtime, and the runtime is fuzzed:
# random calls of every MedRec pallet (and proxy, utility, collective, recovery), every
# pallet's `try_state` and the deposits checked after each block (runtime/tests/fuzz/; a
# fixed seed and a fresh one, printed; `make fuzz-runtime` runs longer). A separate build:
# `runtime-benchmarks` and `try-runtime` change FRAME itself, so it cannot share the build
# above; one build without WASM serves both (the runtime's other tests need the WASM and ran
# above).
set_bench_build
run_step "build (benchmarks, fuzzing)" env SKIP_WASM_BUILD=1 ./scripts/cargo.sh test \
	"${bench_build[@]}" --lib --test fuzz --no-run
run_step "benchmarks as tests" env SKIP_WASM_BUILD=1 ./scripts/cargo.sh test "${bench_build[@]}" --lib
run_step "runtime fuzzing" env SKIP_WASM_BUILD=1 ./scripts/cargo.sh test "${bench_build[@]}" \
	--test fuzz -- --nocapture

wasm="$(runtime_wasm debug)"
[ -f "$wasm" ] || die "the WASM build produced no $wasm"
ok "runtime WASM: $(du -k "$wasm" | cut -f1) KiB compact+compressed ($wasm)"

# The committed specs embed a WASM built in the environment chain-specs/WASM_BUILD_ENV names.
# Built anywhere else (another compiler, other paths) the WASM is equally valid but not
# byte-identical: then only the genesis is compared, and a note says so.
spec_check=(--check)
if [ "$(wasm_build_env)" != "$(cat chain-specs/WASM_BUILD_ENV 2>/dev/null)" ]; then
	echo "note: this WASM is built in another environment than the committed specs'"
	echo "      (here: $(wasm_build_env | tr '\n' ';'))"
	echo "      comparing the genesis only; the runtime code is compared where the specs were built"
	spec_check+=(--allow-code-difference)
fi
run_step "chain-spec check" ./scripts/cargo.sh run -q --locked -p medrec-chain-spec -- "${spec_check[@]}"

if [ $run_e2e -eq 1 ]; then
	run_step "e2e (Chopsticks)" npm --prefix e2e test --silent
	# The portal: npm ci, descriptors against the runtime built above, type check, unit tests
	# (the protocol vectors the gatekeeper checks too), production build, and the browser
	# journey in Debian's Chromium on Chopsticks and the gatekeeper binary.
	run_step "portal" ./portal/scripts/test.sh
fi

step "timings"
printf '  %s\n' "${timings[@]}"
ok "all tests passed in $((SECONDS - started)) s"
