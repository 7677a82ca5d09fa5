#!/usr/bin/env bash
# Everything the portal's CI step checks, in order: npm packages (npm ci, when the lock file
# changed), descriptors against the runtime, types, unit tests, the production build, and the
# browser journey (Chopsticks + the gatekeeper binary + Debian's Chromium).
#
#   ./portal/scripts/test.sh      (scripts/test.sh runs it after the e2e suite)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf '\n== portal: %s\n' "$*"; }

stamp=node_modules/.medrec-lock
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
	say "npm ci"
	npm ci --no-audit --no-fund --loglevel=error
	cp package-lock.json "$stamp"
fi

say "descriptors match the runtime (rerun: npm --prefix portal run descriptors:check)"
node scripts/descriptors.mjs --check

say "type check (rerun: npm --prefix portal run typecheck)"
npx tsc --noEmit -p .

say "unit tests (rerun: npm --prefix portal test)"
npx vitest run

say "production build (rerun: npm --prefix portal run build)"
npx vite build --logLevel warn
js_gzip=0
for f in dist/assets/*.js; do js_gzip=$((js_gzip + $(gzip -9c "$f" | wc -c))); done
echo "production JS: $(du -ck dist/assets/*.js | tail -n 1 | cut -f1) KiB, $((js_gzip / 1024)) KiB gzip (all chunks)"

say "browser tests (rerun: npm --prefix portal run test:browser)"
node --test --test-concurrency=1 tests/
