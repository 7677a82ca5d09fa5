#!/usr/bin/env bash
# Fuzzes the runtime: random, well-typed calls of every MedRec pallet (and of proxy, utility,
# the consortium's collective and recovery), with their origins, against the real runtime;
# after every block, every pallet's `try_state` and the MedRec deposits are checked, and a call
# that panics fails the run (runtime/tests/fuzz/). Prints the seed first, then blocks, calls
# per second, and the share of calls that succeeded per pallet and per call with their errors.
#
#   ./scripts/fuzz-runtime.sh                        ten minutes, a fresh seed
#   ./scripts/fuzz-runtime.sh --seconds 3600         an hour
#   ./scripts/fuzz-runtime.sh --seed 42              ten minutes of seed 42
#   ./scripts/fuzz-runtime.sh --seed 42 --blocks 73  replay seed 42 up to block 73
#   ./scripts/fuzz-runtime.sh --trace ...            and print every call as it is made
#
# A failure prints the seed and the block to replay it with. Built as `make test`'s benchmarks
# step builds (runtime-benchmarks and try-runtime, no WASM), so each reuses the other's build.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=scripts/lib.sh
. "$root/scripts/lib.sh"

seconds=600
blocks=""
unset MEDREC_FUZZ_SEED MEDREC_FUZZ_BLOCKS MEDREC_FUZZ_SECONDS MEDREC_FUZZ_TRACE
while [ $# -gt 0 ]; do
	case "$1" in
	--seconds) seconds="${2:?--seconds needs a number}" && shift ;;
	--seed) export MEDREC_FUZZ_SEED="${2:?--seed needs a number}" && shift ;;
	--blocks) blocks="${2:?--blocks needs a number}" && shift ;;
	--trace) export MEDREC_FUZZ_TRACE=1 ;;
	*) die "unknown option $1 (known: --seconds N, --seed N, --blocks N, --trace)" ;;
	esac
	shift
done
if [ -n "$blocks" ]; then
	export MEDREC_FUZZ_BLOCKS="$blocks"
	budget="$blocks blocks"
else
	export MEDREC_FUZZ_SECONDS="$seconds"
	budget="$seconds s"
fi
export MEDREC_FUZZ_VERBOSE=1

set_bench_build
step "fuzzing the runtime for $budget (debug build, try-runtime)"
SKIP_WASM_BUILD=1 ./scripts/cargo.sh test "${bench_build[@]}" --test fuzz -- \
	--exact random_calls_from_a_fresh_seed_keep_every_invariant --nocapture
