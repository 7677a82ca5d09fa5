#!/usr/bin/env bash
# Formats the workspace (or checks it, with --check) with polkadot-sdk's rustfmt settings.
# Several of them are nightly-only: a nightly rustfmt is used when one is installed; stable
# rustfmt ignores those options (with a warning) and still checks the rest.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

toolchain=()
if rustup run nightly rustfmt --version >/dev/null 2>&1; then
	toolchain=(+nightly)
else
	echo "note: no nightly rustfmt; using stable (install one with: rustup toolchain install nightly --component rustfmt)" >&2
fi
if [ "${1:-}" = "--check" ]; then
	cargo "${toolchain[@]}" fmt --all -- --check
else
	cargo "${toolchain[@]}" fmt --all
fi
