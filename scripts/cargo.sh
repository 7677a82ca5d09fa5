#!/usr/bin/env bash
# `cargo` on the workspace with MedRec's build environment (target dir, WASM toolchain,
# reproducible paths; see scripts/lib.sh). Use it like cargo:
#   ./scripts/cargo.sh test -p medrec-runtime
#   SKIP_WASM_BUILD=1 ./scripts/cargo.sh clippy --workspace
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib.sh
. "$root/scripts/lib.sh"
[ $# -ge 1 ] || die "usage: scripts/cargo.sh SUBCOMMAND [ARGS...]"
[ -f "$env_file" ] || "$root/scripts/setup.sh" >/dev/null
load_env
ws_cargo "$@"
