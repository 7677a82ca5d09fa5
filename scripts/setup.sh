#!/usr/bin/env bash
# Installs what building and testing MedRec needs. Idempotent: a second run checks and exits
# in about a second.
#
# WASM toolchain, two routes (see ../shared/TOOLCHAIN.md for the measured facts):
#   1. rustup already has `wasm32v1-none` and `rust-src` (a normal developer machine): use them.
#      If rustup can add them (it has network), add them.
#   2. Otherwise (offline machines with only package registries): Debian's `rustc-web` (1.96)
#      with its library sources; we build `core`/`alloc` for wasm32v1-none from those sources
#      once, install them into that toolchain's sysroot and link it into rustup as
#      `medrec-wasm`. substrate-wasm-builder uses it for the WASM half only
#      (WASM_BUILD_TOOLCHAIN, written to the env file that scripts/env.sh reads).
#
# Also: the npm packages of the e2e suite and the portal (pinned by their lock files), and
# Debian's Chromium for the portal's browser tests.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib.sh
. "$root/scripts/lib.sh"

# Git keeps no file mode but the executable bit, so a checkout's demo key is 0644, and the
# gatekeeper refuses a key file other users may read (`gatekeeper/demo/gatekeeper.toml` names it).
chmod 600 "$root/gatekeeper/demo/demo.key"

wasm_target=wasm32v1-none
linked_toolchain=medrec-wasm
sysroot_lib=/usr/lib/rustlib/$wasm_target/lib

need_cmd() {
	command -v "$1" >/dev/null 2>&1 || die "'$1' is not installed. $2"
}

need_cmd rustup "Install rustup (https://rustup.rs) and run this script again."
need_cmd cargo "Install a Rust toolchain with rustup and run this script again."

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
	command -v sudo >/dev/null 2>&1 ||
		die "The Debian route needs root to apt-get install; run as root or install sudo."
	sudo_cmd=(sudo)
fi

apt_updated=0
apt_install() {
	local missing=()
	for pkg in "$@"; do
		dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
			missing+=("$pkg")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	command -v apt-get >/dev/null 2>&1 ||
		die "Missing packages (${missing[*]}) and no apt-get: install them with your package manager."
	if [ $apt_updated -eq 0 ]; then
		step "apt-get update"
		"${sudo_cmd[@]}" apt-get update -qq || die "apt-get update failed; check the package mirror."
		apt_updated=1
	fi
	step "apt-get install ${missing[*]}"
	DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null ||
		die "apt-get install ${missing[*]} failed. On Debian 12 these come from the security suite (bookworm-security); enable it in /etc/apt/sources.list."
}

rustup_has_wasm() {
	rustup target list --installed 2>/dev/null | grep -qx "$wasm_target" &&
		rustup component list --installed 2>/dev/null | grep -q '^rust-src'
}

# Builds libcore/liballoc/libcompiler_builtins for wasm32v1-none from Debian's rust sources.
build_debian_wasm_std() {
	local tmp
	tmp="$(mktemp -d)"
	trap 'rm -rf "$tmp"' RETURN
	mkdir -p "$tmp/src"
	cat >"$tmp/Cargo.toml" <<'TOML'
[package]
name = "medrec-wasm-std"
version = "0.0.0"
edition = "2021"
[lib]
crate-type = ["cdylib"]
[profile.release]
panic = "abort"
TOML
	cat >"$tmp/src/lib.rs" <<'RUST'
#![no_std]
extern crate alloc;
struct Never;
unsafe impl core::alloc::GlobalAlloc for Never {
	unsafe fn alloc(&self, _: core::alloc::Layout) -> *mut u8 { core::ptr::null_mut() }
	unsafe fn dealloc(&self, _: *mut u8, _: core::alloc::Layout) {}
}
#[global_allocator]
static A: Never = Never;
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! { loop {} }
#[no_mangle]
pub extern "C" fn medrec_keep() -> usize { alloc::vec::Vec::<u8>::new().capacity() }
RUST
	step "building core/alloc for $wasm_target from Debian's rust sources (about 15 s)"
	(cd "$tmp" && env -u RUSTUP_TOOLCHAIN RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 \
		RUSTFLAGS="-C embed-bitcode=yes" CARGO_TARGET_DIR="$tmp/target" \
		/usr/bin/cargo build -q --release --target "$wasm_target" -Z build-std=core,alloc) ||
		die "building core/alloc for $wasm_target failed (see above)."
	"${sudo_cmd[@]}" mkdir -p "$sysroot_lib"
	if ls "$sysroot_lib"/libcore-*.rlib >/dev/null 2>&1; then
		"${sudo_cmd[@]}" rm -f "$sysroot_lib"/lib{core,alloc,compiler_builtins}-*.rlib
		# Runtimes built against the previous rlibs would fail to link against the new ones.
		rm -rf "$(target_dir)"/*/wbuild
	fi
	"${sudo_cmd[@]}" cp "$tmp/target/$wasm_target/release/deps/"lib{core,alloc,compiler_builtins}-*.rlib \
		"$sysroot_lib/"
}

# MEDREC_WASM_ROUTE=debian forces the fallback (to test it on a machine that has both).
wasm_route=""
if [ "${MEDREC_WASM_ROUTE:-}" != debian ] && rustup_has_wasm; then
	wasm_route=rustup
elif [ "${MEDREC_WASM_ROUTE:-}" != debian ] &&
	timeout 120 rustup target add "$wasm_target" >/dev/null 2>&1 &&
	timeout 120 rustup component add rust-src >/dev/null 2>&1; then
	wasm_route=rustup
else
	wasm_route=debian
	apt_install rustc-web cargo-web rust-web-src rust-web-llvm lld-22
	[ -d /usr/lib/rustlib/src/rust/library ] ||
		die "rust-web-src did not install /usr/lib/rustlib/src/rust/library."
	if ! ls "$sysroot_lib"/libcore-*.rlib >/dev/null 2>&1 ||
		[ "$(cat "$sysroot_lib/.medrec-rustc" 2>/dev/null)" != "$(/usr/bin/rustc -V)" ]; then
		build_debian_wasm_std
		/usr/bin/rustc -V | "${sudo_cmd[@]}" tee "$sysroot_lib/.medrec-rustc" >/dev/null
	fi
	rustup toolchain list | grep -q "^$linked_toolchain" ||
		rustup toolchain link "$linked_toolchain" /usr
fi

# Debian's Chromium for the portal's browser tests (playwright-core drives /usr/bin/chromium;
# nothing here can download browsers).
apt_install chromium

# Node.js for Chopsticks and the e2e suite.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
	apt_install nodejs npm
fi
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 18 ] || die "Node.js $node_major is too old; Chopsticks needs Node.js 18 or newer."

# npm packages, pinned by each lock file; reinstalled only when the lock file changed.
# Chopsticks' sqlite3 builds a native addon when no prebuilt one can be downloaded; node-gyp
# then needs Node's headers. Debian ships them under /usr: use those rather than downloading
# them, unless npm is told otherwise.
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node_version.h ] &&
	[ "$(npm config get nodedir 2>/dev/null)" = undefined ]; then
	export npm_config_nodedir=/usr
fi
npm_packages() {
	local dir="$root/$1" what="$2"
	local stamp="$dir/node_modules/.medrec-lock"
	if [ ! -f "$stamp" ] || ! cmp -s "$dir/package-lock.json" "$stamp"; then
		step "npm ci ($1: $what)"
		(cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) ||
			die "npm ci failed in $1/; check that the npm registry is reachable."
		cp "$dir/package-lock.json" "$stamp"
	fi
}
npm_packages e2e "Chopsticks, @polkadot/api"
# The portal's packages: the e2e suite uses its client library too (e2e/lib/protocol.mjs).
npm_packages portal "Vite, Preact, polkadot-api, playwright-core"

write_env "$wasm_route"
ok "setup done (WASM route: $wasm_route)"
