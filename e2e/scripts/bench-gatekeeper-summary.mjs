// Prints the two gatekeeper benchmarks of one `make bench-gatekeeper` run side by side: one
// record on a chain that never moves (bench-gatekeeper.mjs) and a hospital on a chain that makes
// a block every 6 s (bench-gatekeeper-realistic.mjs).
//   node scripts/bench-gatekeeper-summary.mjs SINGLE.json REALISTIC.json   (either may be missing)

import { readFile } from 'node:fs/promises';

const read = async (path) => (path ? JSON.parse(await readFile(path, 'utf8').catch(() => 'null')) : null);
const [single, realistic] = [await read(process.argv[2]), await read(process.argv[3])];
const n = (x) => (x === undefined || x === null ? '–' : Math.round(x).toLocaleString('en-US'));
const f = (x, d = 2) => (x === undefined || x === null ? '–' : Number(x).toFixed(d));

const rows = [];
const add = (what, one, hospital) => rows.push([what, one ?? '–', hospital ?? '–']);
const level = (l) => `${n(l.fetchesPerSecond)} /s (${f(l.fractionOfLimit)}×), p50 ${f(l.p50Ms)} ms, p99 ${f(l.p99Ms)} ms`;
const r = realistic;
add('chain', single && 'Chopsticks, no new blocks', r && `${r.chain.split(' (')[0]}, a block every 6 s`);
add('data', single && '1 patient, 1 pointer, 1 requester', r && `${n(r.patients)} patients, ${n(r.pointers)} pointers, ${n(r.requesters)} requesters, ${n(r.grants)} grants`);
add('seeding', null, r && `${f(r.seeding.seconds, 0)} s, ${r.seeding.blocks} blocks`);
// The lower of verification and reads (as each benchmark reports it), and both in turn: a
// fetch does both on the same cores, which matters once reads are not free.
const limit = (x) => `${n(x.limitPerSecond)} /s (both in turn: ${n(1 / (1 / x.verifyPerSecond + 1 / x.readsPerSecond))} /s)`;
add('physical limit', single && limit(single), r && limit(r));
// A fetch also crosses the API once on the same cores: with verification and a read, that
// bounds what any gatekeeper behind this API serves here (measured in the one-record run).
for (const l of single?.roundTrips ?? []) {
  const fetches = single.fetches.find((x) => x.concurrency === l.concurrency);
  add(`API round trips alone, ${l.concurrency} in flight`, `${n(l.fetchesPerSecond)} /s (in turn with both: ${n(fetches?.floorPerSecond)} /s; fetches ${f(fetches?.fractionOfFloor)}× it)`, null);
}
for (const l of single?.fetches ?? []) {
  const same = r && r.concurrency === l.concurrency;
  add(`fetches, ${l.concurrency} in flight`, level(l), same ? level(r.overall && { ...r.overall, fetchesPerSecond: r.fetchesPerSecond, fractionOfLimit: r.fractionOfLimit }) : null);
}
if (r && !(single?.fetches ?? []).some((l) => l.concurrency === r.concurrency)) {
  add(`fetches, ${r.concurrency} in flight`, null, level({ ...r.overall, fetchesPerSecond: r.fetchesPerSecond, fractionOfLimit: r.fractionOfLimit }));
}
add(`sent ≤ ${r?.afterHeadMs ?? 1000} ms after a new head`, single && 'no new heads', r?.afterHead && `p50 ${f(r.afterHead.p50Ms)} ms, p99 ${f(r.afterHead.p99Ms)} ms (${r.heads} heads; worst ${f(r.worstBlock?.p99Ms)} ms)`);
add('chain calls per block', single && '1 in all (the first fetch)', r && `${f(r.decideCallsPerBlock, 1)} decide + 1 access_changes`);
const pct = (x) => (x === undefined || x === null ? '–' : `${Math.round(100 * x)} %`);
add('other processes\' CPU meanwhile', single && (single.fetches ?? []).map((l) => pct(l.otherCpuShare)).join(', '), r && pct(r.otherCpuShare));
add('gatekeeper CPU per fetch', single && (single.fetches ?? []).map((l) => `${f(l.gatekeeperCpuMicrosPerFetch, 0)} µs`).join(', '), r && `${f(r.gatekeeperCpuMicrosPerFetch, 0)} µs`);
if (r) {
  const checks = (kind) => {
    const all = r.driver.checks.filter((c) => c.kind === kind);
    return all.length ? `${all.filter((c) => c.passed).length}/${all.length} passed` : '–';
  };
  add('revocations refused from their block on', null, checks('revocation'));
  add('new grants served from their block on', null, checks('grant'));
  add('a grant\'s start and expiry', null, checks('window'));
}
const header = ['', 'one record', 'a hospital'];
const width = [header, ...rows].reduce((w, row) => row.map((c, i) => Math.max(w[i] ?? 0, String(c).length)), []);
const line = (row) => row.map((c, i) => String(c).padEnd(width[i])).join('  |  ');
console.log(line(header));
console.log(width.map((w) => '-'.repeat(w)).join('--+--'));
for (const row of rows) console.log(line(row));
