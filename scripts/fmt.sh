#!/usr/bin/env bash
# Formats the workspace, or checks it with --check, with the settings in .rustfmt.toml
# (polkadot-sdk's, stable options only): exactly `cargo fmt --all [-- --check]`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ "${1:-}" = "--check" ]; then
	cargo fmt --all -- --check
else
	cargo fmt --all
fi
