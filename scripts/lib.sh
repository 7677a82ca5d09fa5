# Shared helpers for the scripts in this folder. Source it; it sets no shell options.
# shellcheck shell=bash

root="${root:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"

if [ -t 1 ]; then
	_bold=$'\e[1m' _red=$'\e[31m' _green=$'\e[32m' _reset=$'\e[0m'
else
	_bold="" _red="" _green="" _reset=""
fi

step() { printf '%s==> %s%s\n' "$_bold" "$*" "$_reset"; }
ok() { printf '%s✓ %s%s\n' "$_green" "$*" "$_reset"; }
die() {
	printf '%serror: %s%s\n' "$_red" "$*" "$_reset" >&2
	exit 1
}

# Builds go to a directory outside the checkout so that fresh clones on the same machine
# (CI, worktrees) reuse them. Override with CARGO_TARGET_DIR.
target_dir() { printf '%s\n' "${CARGO_TARGET_DIR:-$HOME/.cache/medrec/target}"; }

# The node build (release, ~1,300 crates) gets its own target dir: it shares nothing with the
# debug test builds, and a separate dir keeps cargo's lock free for those. The benchmarking
# node (`runtime-benchmarks`) builds there too: cargo keeps both feature sets' crates apart, so
# the slow ones (RocksDB, wasmtime, libp2p) are built once for both.
node_target_dir() { printf '%s\n' "${MEDREC_NODE_TARGET_DIR:-$HOME/.cache/medrec/node-target}"; }

env_file="$root/.medrec/env.sh"

# Records how the WASM half is built, for load_env.
write_env() {
	mkdir -p "$(dirname "$env_file")"
	{
		echo "# Written by scripts/setup.sh; do not edit."
		echo "MEDREC_WASM_ROUTE=$1"
		if [ "$1" = debian ]; then
			echo "export WASM_BUILD_TOOLCHAIN=medrec-wasm"
		fi
	} >"$env_file"
}

# Cargo builds the workspace through this link to the checkout, so that every checkout on a
# machine is built from the same path: the runtime WASM embeds source paths (panic
# locations), and build caches are keyed by them. One build at a time per machine.
build_root="$HOME/.cache/medrec/src"

# Exports the build environment: target dir, WASM toolchain, reproducible WASM paths.
load_env() {
	[ -f "$env_file" ] || die "run ./scripts/setup.sh first (it writes $env_file)."
	# shellcheck disable=SC1090
	. "$env_file"
	mkdir -p "$(dirname "$build_root")"
	ln -sfn "$root" "$build_root"
	export CARGO_TARGET_DIR
	CARGO_TARGET_DIR="$(target_dir)"
	# substrate-wasm-builder looks for Cargo.lock above the target dir unless told where the
	# workspace is; with the target dir outside the checkout it would find none.
	export WASM_BUILD_WORKSPACE_HINT="$build_root"
	# Build the WASM in release and compact + compress it even when the native half is a debug
	# build: the compact, compressed blob is what chains run and chain specs embed.
	export WASM_BUILD_TYPE=release
	# Fixed names for the build path and the cargo home make the WASM (and so the committed
	# chain specs) the same on every machine with the same compiler.
	export WASM_BUILD_RUSTFLAGS="--remap-path-prefix=$build_root=/medrec --remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}=/cargo"
}

# `cargo SUBCOMMAND ARGS...` on the workspace, through the build path (see `build_root`).
ws_cargo() {
	local sub="$1"
	shift
	cargo "$sub" --manifest-path "$build_root/Cargo.toml" "$@"
}

# `rustc -V` of the compiler that builds the runtime WASM.
wasm_rustc_version() {
	if [ -n "${WASM_BUILD_TOOLCHAIN:-}" ]; then
		rustup run "$WASM_BUILD_TOOLCHAIN" rustc -V
	else
		rustc -V
	fi
}

# What the runtime WASM's bytes depend on besides the sources: the compiler and the build's
# paths (the target dir shapes how code is split into codegen units, hence the layout). Two
# builds with the same environment produce the same WASM; chain-specs/WASM_BUILD_ENV records
# the one the committed specs were built in.
wasm_build_env() {
	printf 'compiler: %s
build path: %s
target dir: %s
' \
		"$(wasm_rustc_version)" "$build_root" "$(target_dir)"
}

# The runtime's compact, compressed WASM as substrate-wasm-builder writes it.
runtime_wasm() {
	printf '%s\n' "$(target_dir)/${1:-debug}/wbuild/medrec-runtime/medrec_runtime.compact.compressed.wasm"
}

# The cargo arguments of the build that runs each pallet's benchmarks as tests and fuzzes the
# runtime with every pallet's `try_state` (runtime/tests/fuzz/), into the array `bench_build`:
# both features change FRAME itself, so this build shares nothing with the plain one, and one
# build serves both. Cargo unifies features over the packages it is given, so every command
# that means to reuse this build (scripts/test.sh, scripts/fuzz-runtime.sh) names the same
# packages and features; run them with SKIP_WASM_BUILD=1 (the WASM is the plain build's).
set_bench_build() {
	bench_build=(--locked)
	local manifest
	for manifest in "$root"/pallets/*/Cargo.toml; do
		bench_build+=(-p "$(sed -n 's/^name = "\(.*\)"/\1/p' "$manifest" | head -n 1)")
	done
	bench_build+=(-p medrec-runtime --features runtime-benchmarks,try-runtime)
}

# The node and the relay binary need protoc (libp2p) and libclang (RocksDB bindings).
install_node_build_deps() {
	local need=() sudo_cmd
	command -v protoc >/dev/null 2>&1 || need+=(protobuf-compiler)
	dpkg-query -W -f='${Status}' libclang-dev 2>/dev/null | grep -q "install ok installed" || need+=(libclang-dev)
	if [ ${#need[@]} -gt 0 ]; then
		step "apt-get install ${need[*]}"
		sudo_cmd=()
		[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
		"${sudo_cmd[@]}" apt-get update -qq
		DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${need[@]}" >/dev/null ||
			die "apt-get install ${need[*]} failed; the node needs them to build."
	fi
}

# Builds `package` (release, --locked, extra cargo arguments after it) into the node's target
# dir, after installing what the node's crates need; prints how long it took. `what` names the
# result for the progress lines.
build_in_node_target() {
	local package="$1" what="$2"
	shift 2
	./scripts/setup.sh
	install_node_build_deps
	load_env
	export CARGO_TARGET_DIR
	CARGO_TARGET_DIR="$(node_target_dir)"
	step "building $what into $CARGO_TARGET_DIR (release; progress below)"
	local started=$SECONDS
	ws_cargo build --release --locked -p "$package" "$@"
	ok "built $what in $((SECONDS - started)) s"
}

# Builds the gatekeeper (release) into the node's target dir, whose release crates it shares,
# and exports MEDREC_GATEKEEPER_BIN for the e2e scripts that measure it.
build_release_gatekeeper() {
	export CARGO_TARGET_DIR
	CARGO_TARGET_DIR="$(node_target_dir)"
	step "building medrec-gatekeeper (release) into $CARGO_TARGET_DIR"
	SKIP_WASM_BUILD=1 ws_cargo build --release --locked -p medrec-gatekeeper
	export MEDREC_GATEKEEPER_BIN="$CARGO_TARGET_DIR/release/medrec-gatekeeper"
}
