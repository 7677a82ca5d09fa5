#!/usr/bin/env bash
# Runs the MedRec development chain on Chopsticks: no node to build, blocks built on demand.
#
#   ./scripts/run.sh           the committed development spec (chain-specs/dev.raw.json)
#   ./scripts/run.sh --build   build the runtime from this checkout first and run that
#
# Serves JSON-RPC on ws://127.0.0.1:${MEDREC_PORT:-9944}. Ctrl-C stops it.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=scripts/lib.sh
. "$root/scripts/lib.sh"

build=0
for arg in "$@"; do
	case "$arg" in
	--build) build=1 ;;
	*) die "unknown option $arg (known: --build)" ;;
	esac
done
port="${MEDREC_PORT:-9944}"

./scripts/setup.sh
load_env

spec="$root/chain-specs/dev.raw.json"
if [ $build -eq 1 ]; then
	step "building the runtime and the development spec from this checkout"
	ws_cargo build --locked -p medrec-chain-spec || die "the runtime build failed (see above)."
	out="$(target_dir)/chain-specs"
	mkdir -p "$out"
	ws_cargo run -q --locked -p medrec-chain-spec -- --out "$out" dev
	spec="$out/dev.raw.json"
fi
[ -f "$spec" ] || die "$spec is missing; run ./scripts/chain-specs.sh or ./scripts/run.sh --build."

if command -v ss >/dev/null 2>&1 && ss -ltn "sport = :$port" | grep -q LISTEN; then
	die "port $port is in use; stop what listens there or set MEDREC_PORT."
fi

cat <<TXT

  MedRec development chain: ws://127.0.0.1:$port   (spec: ${spec#"$root"/})

  Polkadot.js Apps:  https://polkadot.js.org/apps/?rpc=ws%3A%2F%2F127.0.0.1%3A$port#/explorer
  Accounts:          //Alice … //Ferdie, 1,000,000 MEDR each; Alice is sudo.
  Try:               Developer → Extrinsics → balances.transferKeepAlive(Bob, 1 MEDR) as Alice,
                     or:  curl -s -H 'Content-Type: application/json' \\
                            -d '{"id":1,"jsonrpc":"2.0","method":"system_chain"}' http://127.0.0.1:$port
  Blocks are built as soon as a transaction arrives (Chopsticks "Instant" mode).
  Ctrl-C stops the chain.

TXT

# exec: Ctrl-C goes straight to Chopsticks, which shuts down cleanly.
exec "$root/e2e/node_modules/.bin/chopsticks" --genesis "$spec" --port "$port" \
	--host 127.0.0.1 --build-block-mode Instant
