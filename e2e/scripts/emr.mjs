// Changes a demo provider's EMR while `make run` runs, as the hospital's own systems would, so
// that its gatekeeper's publisher has something to publish:
//
//   node e2e/scripts/emr.mjs "INSERT INTO lab_results VALUES (6, 'MRN-0001', '2093-3', 'Cholesterol, total', 198.0, 'mg/dL', '2026-12-05T08:00:00Z')"
//        [--provider bob|ferdie] [--state DIR]
//
// Bob General Hospital publishes every change within seconds (Charlie's portal shows the new
// record without a reload); Ferdie Family Clinic adds pointers by hand, so its changes reach
// the chain only through its gatekeeper's `pointer` command. The tables are in
// gatekeeper/demo/schema.sql.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../lib/chain.mjs';
import { emrSql } from '../lib/gatekeeper.mjs';

const { values: options, positionals: statements } = parseArgs({
  allowPositionals: true,
  options: {
    provider: { type: 'string', default: 'bob' },
    state: { type: 'string', default: join(repoRoot, '.medrec', 'demo') },
  },
});
if (statements.length === 0 || !['bob', 'ferdie'].includes(options.provider)) {
  console.error('usage: emr.mjs "SQL" ["SQL" …] [--provider bob|ferdie] [--state DIR]');
  process.exit(2);
}
try {
  await emrSql({ database: join(options.state, options.provider, 'demo.sqlite') }, ...statements);
  console.log(`done; ${options.provider === 'bob' ? 'Bob General Hospital publishes it within seconds' : 'Ferdie Family Clinic publishes by hand'}`);
} catch (error) {
  console.error(`error: ${error.message}`);
  process.exit(1);
}
