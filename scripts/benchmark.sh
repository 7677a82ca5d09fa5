#!/usr/bin/env bash
# Benchmarks MedRec's pallets on this machine and writes their generated weights.rs files.
#
#   ./scripts/benchmark.sh                  every MedRec pallet and every transaction extension
#   ./scripts/benchmark.sh pallet_research  some of them
#
# MedRec's pallets write pallets/<name>/src/weights.rs (scripts/weight-template.hbs). What
# every transaction pays besides its call (the extensions of frame_system, transaction
# payment and storage weight reclaim) writes runtime/src/weights/<name>.rs
# (scripts/runtime-weight-template.hbs): measured here, at the runtime's database weights,
# instead of the SDK's reference figures at RocksDB's.
#
# Builds the node with `runtime-benchmarks` (in the node's target dir; the binary, a full node
# too, replaces the plain one until `make node` rebuilds that) and the runtime's WASM with the
# same feature, then runs `medrec-node benchmark pallet` for each pallet (50 steps, 20
# repeats) with scripts/weight-template.hbs, and `transfer_keep_alive` for scale. Weights are only as good as the machine: run it on
# hardware like the collators'.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=scripts/lib.sh
. "$root/scripts/lib.sh"

medrec=(pallet_registrar pallet_relationships pallet_permissions pallet_research)
extensions=(frame_system_extensions pallet_transaction_payment cumulus_pallet_weight_reclaim)
pallets=("$@")
[ ${#pallets[@]} -gt 0 ] || pallets=("${medrec[@]}" "${extensions[@]}")

./scripts/build-node.sh --features runtime-benchmarks
load_env
node="$(node_target_dir)/release/medrec-node"

# The WASM is a release build whatever the native profile (see load_env); the debug native
# half reuses the test builds' crates. The WASM it leaves behind is removed at the end: the
# WASM builder would otherwise hand the benchmarking blob (4x the size) to the next plain build
# whose crates did not change, and chain specs would carry it.
step "building the runtime WASM with runtime-benchmarks"
ws_cargo build --locked -p medrec-runtime --features runtime-benchmarks
wasm="$(runtime_wasm debug)"
[ -f "$wasm" ] || die "the runtime build produced no $wasm"

for pallet in "${pallets[@]}"; do
	if [[ " ${extensions[*]} " == *" $pallet "* ]]; then
		output="runtime/src/weights/$pallet.rs" template=scripts/runtime-weight-template.hbs
	else
		dir="pallets/${pallet#pallet_}"
		[ -d "$dir" ] || die "no pallet at $dir (names look like pallet_registrar; or one of: ${extensions[*]})"
		output="$dir/src/weights.rs" template=scripts/weight-template.hbs
	fi
	step "benchmarking $pallet"
	"$node" benchmark pallet \
		--runtime "$wasm" \
		--pallet "$pallet" \
		--extrinsic '*' \
		--steps 50 \
		--repeat 20 \
		--template "$template" \
		--output "$output"
done
# For scale, in the same run: a balance transfer, the chain's cheapest everyday call. Written
# beside the node, not into the repository (the runtime uses pallet_balances' own weights).
reference="$(node_target_dir)/benchmarks/pallet_balances.rs"
mkdir -p "$(dirname "$reference")"
step "benchmarking pallet_balances::transfer_keep_alive, for scale"
"$node" benchmark pallet \
	--runtime "$wasm" \
	--pallet pallet_balances \
	--extrinsic transfer_keep_alive \
	--steps 50 \
	--repeat 20 \
	--template scripts/weight-template.hbs \
	--output "$reference"
rm -f "$(dirname "$wasm")"/medrec_runtime*.wasm
ok "weights written (transfer_keep_alive for scale: $reference); review the diff, then run make test (it rebuilds the plain WASM)"
