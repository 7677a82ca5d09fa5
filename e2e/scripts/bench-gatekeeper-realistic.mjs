// The realistic gatekeeper benchmark: a hospital's gatekeeper under a hospital's load, on a chain
// that makes a block every 6 s while grants, revocations, registrations and new records arrive.
//
//   node scripts/bench-gatekeeper-realistic.mjs [--quick] [--chain node|chopsticks]
//     [--patients N] [--requesters N] [--seconds N] [--concurrency N] [--skew S] [--out FILE]
//
// 1. Seeds the chain (bench-realistic-chain.mjs, bench-realistic-scenario.mjs): 10,000 patients,
//    50,000 pointers into Bob's EMR, 500 requesters with grants of every scope, in batches that
//    fit a block; prints how long it took and how many blocks.
// 2. Starts a release gatekeeper (MEDREC_GATEKEEPER_BIN) on the chain, now making a block every
//    6 s, and runs `medrec-gatekeeper bench load` against it: the physical limit on this mix,
//    every question once, then SECONDS of requests drawn with a Zipf skew over patients.
// 3. Meanwhile, at every new block, sends what a hospital's day brings (grants to new
//    requesters, a revocation by one of the hottest patients, a registration, new lab results of
//    patients drawn as the traffic is) and checks, at the gatekeeper, that each revocation is
//    refused from its block on and each new grant served from its block on, never before, and
//    that a grant with a start and an expiry within the run is served exactly in between.
//
// Exits non-zero if a check fails or a request the chain allows was refused. Run through
// scripts/bench-gatekeeper.sh, which builds the binaries. MEDREC_BENCH_DEBUG=1 logs the
// driver's transactions and checks.

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { gatekeeperBin, prepareGatekeeper, rpc, startGatekeeper } from '../lib/gatekeeper.mjs';
import { fetchRequest } from '../lib/protocol.mjs';
import { hasNode, startChain } from './bench-realistic-chain.mjs';
import { allFields, questions, random, seed, strangerTo } from './bench-realistic-scenario.mjs';

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    quick: { type: 'boolean', default: false },
    chain: { type: 'string' },
    patients: { type: 'string' },
    requesters: { type: 'string' },
    seconds: { type: 'string' },
    concurrency: { type: 'string', default: '32' },
    skew: { type: 'string', default: '1.0' },
    'grants-per-block': { type: 'string', default: '2' },
    'revocations-per-block': { type: 'string', default: '1' },
    'registrations-per-block': { type: 'string', default: '1' },
    'records-per-block': { type: 'string', default: '3' },
    out: { type: 'string' },
  },
});
const chainKind = args.chain ?? (hasNode() ? 'node' : 'chopsticks');
// Chopsticks answers one runtime call at a time, in about 190 ms: a few hundred questions are
// all it can answer in a minute, so it gets a small hospital unless told otherwise.
const small = args.quick || chainKind === 'chopsticks';
const PATIENTS = Number(args.patients ?? (chainKind === 'chopsticks' ? 200 : small ? 1000 : 10_000));
const REQUESTERS = Number(args.requesters ?? (chainKind === 'chopsticks' ? 20 : small ? 50 : 500));
const SECONDS = Number(args.seconds ?? (small ? 30 : 120));
const CONCURRENCY = Number(args.concurrency);
const SKEW = Number(args.skew);
const PER_BLOCK = {
  grants: Number(args['grants-per-block']),
  revocations: Number(args['revocations-per-block']),
  registrations: Number(args['registrations-per-block']),
  records: Number(args['records-per-block']),
};
const BLOCKS = Math.ceil(SECONDS / 6) + 10;

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const loadBefore = load();
console.log(`realistic load: ${PATIENTS} patients, ${PATIENTS * 5} pointers, ${REQUESTERS} requesters, ${SECONDS} s at ${CONCURRENCY} in flight, skew ${SKEW}; chain: ${chainKind}`);
console.log(`load average before: ${loadBefore}`);
if (chainKind === 'chopsticks') {
  console.log('note: no node (make node builds it) or --chain chopsticks: Chopsticks answers each runtime call in about 190 ms, one at a time (a node: about 1 ms), and does not answer while it builds a block; the latencies below are mostly Chopsticks\', the checks are the gatekeeper\'s.');
}

/** Prints the figures the README quotes. */
function summarize(r) {
  const f = (x, d = 2) => (x === null || x === undefined ? '–' : Number(x).toFixed(d));
  const n = (x) => Math.round(x).toLocaleString('en-US');
  const d = r.driver;
  console.log('');
  console.log('realistic load: summary');
  console.log(`  ${r.patients} patients, ${r.pointers} pointers, ${r.requesters} requesters, ${r.grants} grants; ${r.questions} questions, skew ${r.skew}`);
  console.log(`  seeding: ${f(r.seeding.seconds, 1)} s, ${r.seeding.blocks} blocks`);
  // A fetch verifies a signature and reads a record on the same cores: both in turn bound it
  // lower than the lower of the two alone, once reads are not free.
  const inTurn = 1 / (1 / r.verifyPerSecond + 1 / r.readsPerSecond);
  console.log(`  physical limit: ${n(r.limitPerSecond)} /s (sr25519 ${n(r.verifyPerSecond)} /s, reads ${n(r.readsPerSecond)} /s; both in turn ${n(inTurn)} /s)`);
  console.log(`  every question once (cold): ${n(r.warmup.perSecond)} /s, p99 ${f(r.warmup.p99Ms)} ms`);
  console.log(`  fetches: ${n(r.fetchesPerSecond)} /s = ${f(r.fractionOfLimit)}× the limit (${f(r.fetchesPerSecond / inTurn)}× both in turn); p50 ${f(r.overall.p50Ms)} ms, p99 ${f(r.overall.p99Ms)} ms, p99.9 ${f(r.overall.p999Ms)} ms`);
  console.log(`  sent within ${r.afterHeadMs} ms of one of ${r.heads} new heads: p50 ${f(r.afterHead?.p50Ms)} ms, p99 ${f(r.afterHead?.p99Ms)} ms; worst block p99 ${f(r.worstBlock?.p99Ms)} ms`);
  console.log(`  chain calls per block: ${f(r.decideCallsPerBlock, 1)} MedRecApi_decide (at most ${r.maxDecideCallsInABlock}) + 1 MedRecApi_access_changes; cache flushes ${r.flushes}`);
  console.log(`  during the run: ${d.sent.grants} grants, ${d.sent.revocations} revocations, ${d.sent.registrations} registrations, ${d.sent.records} new records, in ${d.blocks} blocks`);
  const kinds = ['revocation', 'grant', 'window', 'driver'];
  for (const kind of kinds) {
    const checks = d.checks.filter((c) => c.kind === kind);
    if (checks.length === 0) continue;
    const passed = checks.filter((c) => c.passed).length;
    console.log(`  check ${kind}: ${passed}/${checks.length} passed${passed < checks.length ? ` — ${checks.find((c) => !c.passed).detail}` : ''}`);
  }
  const goal = (ok) => (ok ? 'met' : 'NOT met');
  console.log(`  other processes used ${f(100 * r.otherCpuShare, 0)} % of the machine during the measurement (steal ${f(100 * r.stealShare, 0)} %)`);
  console.log(`  CPU meanwhile (share of one core): gatekeeper ${f(r.gatekeeperCpuMicrosPerFetch * r.fetchesPerSecond / 1e4, 0)} %, node ${f(100 * r.nodeCpuShare, 0)} %, this driver's transactions and checks ${f(100 * r.driverCpuShare, 0)} %`);
  console.log(`  goal ≥ 0.5× the limit: ${goal(r.fractionOfLimit >= 0.5)}; p99 ≤ 10 ms across block changes: ${goal((r.afterHead?.p99Ms ?? Infinity) <= 10)}`);
  console.log(`  load average (1, 5, 15 min) before: ${r.loadAverageBefore}, after: ${r.loadAverageAfter}`);
}

const debug = process.env.MEDREC_BENCH_DEBUG ? (line) => console.error(`[driver] ${line}`) : () => {};

/**
 * What a hospital's day brings to the chain while the load runs, one block's worth at every new
 * head, and the checks that the gatekeeper follows it from each block on.
 */
class Driver {
  constructor({ chain, world, url }) {
    this.chain = chain;
    this.world = world;
    this.url = url;
    this.rand = random(23);
    this.nonces = new Map();
    this.pending = new Set();
    this.checks = [];
    this.sent = { grants: 0, revocations: 0, registrations: 0, records: 0 };
    this.blocks = 0;
    this.revocable = [...world.revocable];
    this.later = [...world.later];
    this.fresh = [...world.fresh];
    this.provider = { address: world.bob.address };
  }

  start() {
    if (this.unsubscribe) return;
    this.unsubscribe = this.chain.api.rpc.chain.subscribeNewHeads((header) => {
      if (this.stopped) return;
      const number = header.number.toNumber();
      if (this.last !== undefined && number <= this.last) return;
      const first = this.last === undefined;
      this.last = number;
      if (first) {
        // The subscription tells the current head first: a grant that starts and ends within
        // the run, checked at every block.
        this.track(this.window(number));
        return;
      }
      this.blocks++;
      this.block();
    });
  }

  /** One block's worth of changes. */
  block() {
    const { rand, world } = this;
    for (let i = 0; i < PER_BLOCK.revocations && this.revocable.length; i++) this.track(this.revoke(this.revocable.shift()));
    for (let i = 0; i < PER_BLOCK.grants; i++) this.track(this.grant(rand.pick(world.patients)));
    for (let i = 0; i < PER_BLOCK.registrations && this.later.length; i++) {
      const who = this.later.shift();
      this.sent.registrations++;
      this.track(this.send(who.pair, this.chain.api.tx.registrar.registerPatient()));
    }
    const records = this.fresh.splice(0, PER_BLOCK.records);
    if (records.length) {
      this.sent.records += records.length;
      const { api } = this.chain;
      this.track(this.send(world.bob, api.tx.utility.batchAll(records.map((r) => api.tx.relationships.addPointer(
        r.patient.address, r.reference, r.kind.category, r.fields, r.contentHash,
      )))));
    }
  }

  track(promise) {
    const p = promise.catch((error) => this.checks.push({ kind: 'driver', passed: false, detail: error.message }))
      .finally(() => this.pending.delete(p));
    this.pending.add(p);
  }

  /** Signs and sends `tx` from `pair`; resolves with the number of the block it is in. */
  async send(pair, tx) {
    const { api } = this.chain;
    // One account's transactions of one block take their nonces in turn.
    const previous = this.nonces.get(pair.address) ??
      api.rpc.system.accountNextIndex(pair.address).then((n) => n.toNumber() - 1);
    const next = previous.then((n) => n + 1);
    this.nonces.set(pair.address, next);
    const nonce = await next;
    debug(`send ${tx.method.section}.${tx.method.method} from ${pair.address.slice(0, 8)} nonce ${nonce}`);
    const hash = await new Promise((resolve, reject) => {
      let unsubscribe = () => {};
      tx.signAndSend(pair, { nonce, era: 0 }, ({ status, dispatchError, events }) => {
        // A node sealing blocks by itself may report a block final at once, never "in block".
        if (status.isInBlock || status.isFinalized) {
          unsubscribe();
          const interrupted = events.find(({ event }) => event.section === 'utility' && event.method === 'BatchInterrupted');
          if (dispatchError || interrupted) reject(new Error(`${tx.method.section}.${tx.method.method} failed: ${(dispatchError ?? interrupted.event.data[1]).toString()}`));
          else resolve(status.isInBlock ? status.asInBlock : status.asFinalized);
        } else if (status.isInvalid || status.isDropped || status.isUsurped) {
          unsubscribe();
          reject(new Error(`${tx.method.section}.${tx.method.method}: transaction ${status.type}`));
        }
      }).then((u) => { unsubscribe = u; }, reject);
    });
    const number = (await api.rpc.chain.getHeader(hash)).number.toNumber();
    debug(`  ${tx.method.section}.${tx.method.method} from ${pair.address.slice(0, 8)} in block ${number}`);
    return number;
  }

  /** One fetch of `g`'s question: `{ served, at, reason, denial }`. */
  async ask(g) {
    const body = fetchRequest({
      provider: this.provider, requester: g.to[0].pair, patient: g.patient, pointer: g.record.pointer, fields: g.fieldsAsked,
    });
    const answer = await rpc(this.url, 'gatekeeper_fetch', [body]);
    if (answer.result) return { served: true, at: answer.result.authorizedAt.number };
    return { served: false, reason: answer.error?.data?.reason, denial: answer.error?.data?.denial };
  }

  async head() {
    return (await rpc(this.url, 'gatekeeper_info', [])).result.head?.number ?? -1;
  }

  /**
   * Asks `g`'s question until the gatekeeper's head reaches `block` and once more after,
   * checking each answer against `valid(blockNumber)`: a disclosure must name a block where it
   * is valid, and a refusal (`denied`) must not come while the gatekeeper's head, before and
   * after the request, is one where it is valid. Resolves with the violations and the answers
   * from the head `block` on.
   */
  async watch(g, valid, until) {
    const violations = [];
    const from = [];
    for (let i = 0; ; i++) {
      const before = await this.head();
      const answer = await this.ask(g);
      const after = await this.head();
      if (answer.served && !valid(answer.at)) violations.push(`served at block ${answer.at}`);
      if (!answer.served) {
        if (answer.reason !== 'denied') violations.push(`refused as ${answer.reason}`);
        else if (before === after && valid(before)) violations.push(`refused at head ${before}`);
      }
      if (before >= until) from.push({ ...answer, head: before });
      debug(`watch ${g.to[0].index}/${g.record.pointer} until ${until}: head ${before}-${after} ${JSON.stringify(answer)}`);
      if (from.length >= 2) return { violations, from };
      if (i > 400) return { violations: [...violations, `the gatekeeper never reached block ${until}`], from };
      await new Promise((r) => setTimeout(r, from.length ? 3000 : 100));
    }
  }

  /** Revokes `g` (one of the hottest patients' grants) and checks it is refused from its block on. */
  async revoke(g) {
    this.sent.revocations++;
    const check = { kind: 'revocation', patientRank: g.patient.rank, grant: String(g.id) };
    this.checks.push(check);
    const before = await this.ask(g);
    if (!before.served) {
      Object.assign(check, { passed: false, detail: `not served before its revocation (${before.reason})` });
      return;
    }
    const sent = await this.head();
    const block = await this.send(g.patient.pair, this.chain.api.tx.permissions.revoke(g.id));
    const { violations, from } = await this.watch(g, (n) => n < block, block);
    const refused = from.length > 0 && from.every((a) => !a.served && a.denial === 'NoGrant');
    Object.assign(check, {
      block,
      sentAtHead: sent,
      passed: refused && violations.length === 0,
      detail: violations[0] ?? (refused ? 'refused from its block on' : `after block ${block}: ${JSON.stringify(from)}`),
    });
  }

  /** A new grant from `patient` to a requester they never granted: served from its block on. */
  async grant(patient) {
    const { world, rand } = this;
    const to = strangerTo(patient, world.accounts, rand);
    patient.grantees.add(to.address);
    const record = rand.pick(patient.records);
    const g = { patient, to: [to], record, fieldsAsked: allFields(record) };
    this.sent.grants++;
    const check = { kind: 'grant', patientRank: patient.rank };
    this.checks.push(check);
    const before = await this.ask(g);
    if (before.served) {
      Object.assign(check, { passed: false, detail: `served before it was granted (block ${before.at})` });
      return;
    }
    const block = await this.send(patient.pair, this.chain.api.tx.permissions.grant(null, { Account: to.address }, { Pointer: record.pointer }, null, null, 0));
    const { violations, from } = await this.watch(g, (n) => n >= block, block);
    const served = from.length > 0 && from.every((a) => a.served && a.at >= block);
    Object.assign(check, {
      block,
      passed: served && violations.length === 0,
      detail: violations[0] ?? (served ? 'served from its block on' : `after block ${block}: ${JSON.stringify(from)}`),
    });
  }

  /** A grant by one of the hottest patients that starts 3 blocks on and ends 3 blocks later. */
  async window(head) {
    const { world, rand } = this;
    const patient = world.byRank[1];
    const to = strangerTo(patient, world.accounts, rand);
    patient.grantees.add(to.address);
    const record = patient.records[2];
    const g = { patient, to: [to], record, fieldsAsked: allFields(record) };
    const [start, expiry] = [head + 4, head + 7];
    const check = { kind: 'window', start, expiry, patientRank: patient.rank };
    this.checks.push(check);
    this.sent.grants++;
    await this.send(patient.pair, this.chain.api.tx.permissions.grant(null, { Account: to.address }, { Pointer: record.pointer }, start, expiry, 0));
    const valid = (n) => n >= start && n < expiry;
    const answers = [];
    const violations = [];
    for (let i = 0; i < 600; i++) {
      const before = await this.head();
      const answer = await this.ask(g);
      const after = await this.head();
      answers.push({ ...answer, head: before });
      if (answer.served && !valid(answer.at)) violations.push(`served at block ${answer.at}`);
      if (!answer.served && answer.reason !== 'denied') violations.push(`refused as ${answer.reason}`);
      if (!answer.served && answer.reason === 'denied' && before === after && valid(before)) violations.push(`refused at head ${before}`);
      if (before > expiry) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const servedInside = answers.some((a) => a.served);
    const refusedAfter = answers.some((a) => !a.served && a.head >= expiry);
    const refusedBefore = answers.some((a) => !a.served && a.head < start);
    Object.assign(check, {
      passed: violations.length === 0 && servedInside && refusedAfter && refusedBefore,
      detail: violations[0] ?? `refused before block ${start}: ${refusedBefore}, served in [${start}, ${expiry}): ${servedInside}, refused from ${expiry}: ${refusedAfter}`,
    });
  }

  /** No new changes; resolves once every check under way has ended. */
  async finish() {
    this.stopped = true;
    const deadline = Date.now() + 90_000;
    while (this.pending.size && Date.now() < deadline) await Promise.race([...this.pending, new Promise((r) => setTimeout(r, 1000))]);
    if (this.pending.size) this.checks.push({ kind: 'driver', passed: false, detail: `${this.pending.size} checks unfinished` });
  }

  stop() {
    this.stopped = true;
    Promise.resolve(this.unsubscribe).then((u) => u?.()).catch(() => {});
  }

  report() {
    return { blocks: this.blocks, sent: this.sent, checks: this.checks };
  }
}

async function main() {
  const chain = await startChain(chainKind);
  const files = await prepareGatekeeper({ endpoint: chain.endpoint, anchorEvery: 30 });
  let gatekeeper;
  let driver;
  let exitCode = 1;
  try {
    // Requests are signed before the run and must stay valid through it.
    let config = (await readFile(files.configPath, 'utf8')).replace(/^max_validity_secs = .*$/m, 'max_validity_secs = 1800');
    // A busy Chopsticks answers the gatekeeper's watchdog late: trust its head longer.
    if (chainKind === 'chopsticks') config = config.replace(/^max_head_age_secs = .*$/m, 'max_head_age_secs = 120');
    await writeFile(files.configPath, config);

    console.log('seeding');
    const world = await seed(chain, files, {
      patients: PATIENTS,
      requesters: REQUESTERS,
      extra: PER_BLOCK.registrations * BLOCKS,
      newRecords: PER_BLOCK.records * BLOCKS,
    });
    const asked = questions(world, { skew: SKEW });
    const questionsPath = join(files.dir, 'questions.json');
    await writeFile(questionsPath, JSON.stringify(asked));
    const hottest = asked.questions.reduce((w, q) => w + (world.patients[q.patient].rank < 10 ? q.weight : 0), 0) /
      asked.questions.reduce((w, q) => w + q.weight, 0);
    console.log(`questions: ${asked.questions.length} (the 10 hottest patients get ${(100 * hottest).toFixed(0)} % of the requests)`);

    await chain.run();
    console.log(`chain: ${chain.describe}`);
    gatekeeper = await startGatekeeper(files.configPath, files.url, { env: { RUST_LOG: process.env.RUST_LOG ?? 'warn' } });

    driver = new Driver({ chain, world, url: files.url });
    const outPath = join(files.dir, 'load.json');
    const bench = spawn(gatekeeperBin, [
      'bench', 'load', '--config', files.configPath, '--url', files.url, '--chain', chain.endpoint,
      '--metrics', files.metricsUrl, '--questions', questionsPath, '--seconds', String(SECONDS),
      '--requests', String(SECONDS * 16_000), '--concurrency', String(CONCURRENCY),
      '--pid', String(gatekeeper.pid), '--node-pid', String(chain.pid), '--driver-pid', String(process.pid),
      '--out', outPath,
    ], { stdio: ['ignore', 'pipe', 'inherit'] });
    for await (const line of createInterface({ input: bench.stdout })) {
      console.log(line);
      if (line.startsWith('measuring')) driver.start();
    }
    const [code] = bench.exitCode === null ? await once(bench, 'exit') : [bench.exitCode];
    await driver.finish();
    if (code !== 0) throw new Error(`bench load exited with ${code}`);
    const measured = JSON.parse(await readFile(outPath, 'utf8'));

    const report = driver.report();
    const results = {
      chain: chain.describe,
      loadAverageBefore: loadBefore,
      patients: PATIENTS,
      pointers: world.patients.reduce((n, p) => n + p.records.length, 0),
      requesters: REQUESTERS,
      grants: world.grants.length + world.revocable.length,
      questions: asked.questions.length,
      skew: SKEW,
      seeding: { seconds: world.seedingSeconds, blocks: world.seedingBlocks, phases: world.phases },
      perBlock: PER_BLOCK,
      driver: report,
      ...measured,
    };
    results.loadAverageAfter = load();
    summarize(results);
    if (args.out) await writeFile(args.out, JSON.stringify(results, null, 2));
    const failed = report.checks.filter((c) => !c.passed);
    exitCode = failed.length === 0 && measured.failed === 0 ? 0 : 1;
  } catch (error) {
    console.error(error);
    console.error(`the chain's last output:\n${chain.output().slice(-3000)}`);
  } finally {
    driver?.stop();
    await gatekeeper?.stop();
    await files.remove();
    await chain.stop();
  }
  process.exit(exitCode);
}

await main();
