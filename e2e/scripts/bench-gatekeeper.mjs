// Sets up the gatekeeper scenario of tests/gatekeeper.test.mjs on a fresh Chopsticks chain,
// starts the gatekeeper (MEDREC_GATEKEEPER_BIN: a release build) and runs its `bench`
// command against it. Run through scripts/bench-gatekeeper.sh, which builds the binary.
// With MEDREC_BENCH_JSON set, the results are also written there as JSON (for the summary
// beside the realistic benchmark's).
//   node scripts/bench-gatekeeper.mjs [-- bench args…]

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { connect, participantNumber } from '../lib/chain.mjs';
import { gatekeeperBin, keys, prepareGatekeeper, setUpChain, startGatekeeper } from '../lib/gatekeeper.mjs';

const extra = process.argv.slice(2).filter((a) => a !== '--');
const jsonPath = process.env.MEDREC_BENCH_JSON;
const printJson = extra.includes('--json');
if (jsonPath && !printJson) extra.push('--json');
const chain = await connect();
// No anchoring round while it runs: on Chopsticks each builds a block on the cores being
// measured (a quarter of the machine for seconds: the last level ran at 0.8× the one before),
// and this chain is to stand still.
const files = await prepareGatekeeper({ endpoint: chain.endpoint, anchorEvery: 3600 });
let gatekeeper;
let code = 1;
try {
  const k = await keys();
  const { pointers } = await setUpChain(chain.api, k, files);
  gatekeeper = await startGatekeeper(files.configPath, files.url);
  const bench = spawn(gatekeeperBin, [
    'bench', '--config', files.configPath, '--url', files.url,
    '--requester', '//Dave', '--patient', k.charlie.address,
    '--patient-number', (await participantNumber(chain.api, k.charlie.address)).toString(),
    '--pointer', String(pointers.lab), '--query', 'lab:1', '--fields', '0,2',
    '--pid', String(gatekeeper.pid),
    ...extra,
  ], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = once(bench, 'exit');
  for await (const line of createInterface({ input: bench.stdout })) {
    if (line.startsWith('{')) {
      if (jsonPath) await writeFile(jsonPath, line);
      if (!printJson) continue;
    }
    console.log(line);
  }
  [code] = await exited;
  // What the gatekeeper itself counted during the run.
  const metrics = await (await fetch(files.metricsUrl)).text();
  const pick = (name) => metrics.split('\n').filter((l) => l.startsWith(`medrec_gatekeeper_${name}`));
  for (const name of ['authorization_cache', 'receipt_commit_seconds_sum', 'receipt_commit_seconds_count', 'receipt_batch_size_sum', 'receipt_batch_size_count', 'disclosures_total', 'refusals_total']) {
    for (const line of pick(name)) console.log(`  ${line}`);
  }
} finally {
  await gatekeeper?.stop();
  await files.remove();
  await chain.stop();
}
process.exit(code ?? 1);
