#!/usr/bin/env bash
# Runs MedRec: the development chain on Chopsticks (no node to build, blocks built on demand),
# a gatekeeper for each demo provider on the demo EMR, and the portal, with a seeded story
# (e2e/scripts/demo.mjs says who plays whom). Ctrl-C stops everything.
#
#   ./scripts/run.sh               the whole demo on the committed development spec
#   ./scripts/run.sh --build       build the runtime from this checkout first and run that
#   ./scripts/run.sh --chain-only  only the chain, nothing seeded
#
# Ports: the chain on ${MEDREC_PORT:-9944}, the portal on ${MEDREC_PORTAL_PORT:-5173}, the
# gatekeepers on ${MEDREC_GATEKEEPER_PORT:-9950} to +3 (API and metrics of each).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=scripts/lib.sh
. "$root/scripts/lib.sh"

build=0
chain_only=0
for arg in "$@"; do
	case "$arg" in
	--build) build=1 ;;
	--chain-only) chain_only=1 ;;
	*) die "unknown option $arg (known: --build, --chain-only)" ;;
	esac
done
port="${MEDREC_PORT:-9944}"
portal_port="${MEDREC_PORTAL_PORT:-5173}"
gatekeeper_port="${MEDREC_GATEKEEPER_PORT:-9950}"

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

in_use() { command -v ss >/dev/null 2>&1 && ss -ltn "sport = :$1" | grep -q LISTEN; }
in_use "$port" && die "port $port is in use; stop what listens there or set MEDREC_PORT."

if [ $chain_only -eq 1 ]; then
	cat <<TXT

  MedRec development chain: ws://127.0.0.1:$port   (spec: ${spec#"$root"/})

  Polkadot.js Apps:  https://polkadot.js.org/apps/?rpc=ws%3A%2F%2F127.0.0.1%3A$port#/explorer
  Accounts:          //Alice … //Ferdie, 1,000,000 MEDR each; Alice is sudo.
  Blocks are built as soon as a transaction arrives (Chopsticks "Instant" mode).
  Ctrl-C stops the chain.

TXT
	# exec: Ctrl-C goes straight to Chopsticks, which shuts down cleanly.
	exec "$root/e2e/node_modules/.bin/chopsticks" --genesis "$spec" --port "$port" \
		--host 127.0.0.1 --build-block-mode Instant
fi

for p in "$portal_port" "$gatekeeper_port" $((gatekeeper_port + 1)) $((gatekeeper_port + 2)) \
	$((gatekeeper_port + 3)); do
	in_use "$p" && die "port $p is in use; stop what listens there, or set MEDREC_PORTAL_PORT / MEDREC_GATEKEEPER_PORT."
done

# The gatekeeper: a debug build (on a fresh machine the first build takes about 4 minutes on
# 2 cores: it does not link the runtime; later runs find it built).
step "the gatekeeper binary"
ws_cargo build --locked -p medrec-gatekeeper || die "the gatekeeper did not build (see above)."
MEDREC_GATEKEEPER_BIN="$(target_dir)/debug/medrec-gatekeeper"
export MEDREC_GATEKEEPER_BIN

# The portal (its npm packages came with setup): a production build when a source is newer
# than the last one.
step "the portal"
if [ ! -f portal/dist/index.html ] ||
	[ -n "$(find portal/src portal/index.html portal/package-lock.json portal/vite.config.ts portal/.papi \
		-newer portal/dist/index.html -print -quit)" ]; then
	(cd portal && npx vite build --logLevel warn)
fi

step "starting MedRec"
exec node "$root/e2e/scripts/demo.mjs" --spec "$spec" --state "$root/.medrec/demo" \
	--port "$port" --portal-port "$portal_port" --gatekeeper-port "$gatekeeper_port"
