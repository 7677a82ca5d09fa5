// Typed chain descriptors for polkadot-api, generated offline from the runtime WASM.
//
//   node scripts/descriptors.mjs          regenerate .papi/ from the current runtime WASM
//   node scripts/descriptors.mjs --check  fail if the committed .papi/ differs from what the
//                                         current runtime WASM generates
//
// The WASM is, in order: $MEDREC_RUNTIME_WASM; the runtime the checkout's build made
// ($CARGO_TARGET_DIR or ~/.cache/medrec/target, debug); the code in chain-specs/dev.raw.json.
// Generation runs `papi add medrec --wasm …` in a scratch folder (no npm install there), so a
// check never touches the committed files.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const portal = join(dirname(fileURLToPath(import.meta.url)), '..');
const repo = join(portal, '..');
const check = process.argv.includes('--check');

async function runtimeWasm(scratch) {
  if (process.env.MEDREC_RUNTIME_WASM) return { path: process.env.MEDREC_RUNTIME_WASM, from: '$MEDREC_RUNTIME_WASM' };
  const target = process.env.CARGO_TARGET_DIR ?? join(homedir(), '.cache', 'medrec', 'target');
  const built = join(target, 'debug', 'wbuild', 'medrec-runtime', 'medrec_runtime.compact.compressed.wasm');
  if (existsSync(built)) return { path: built, from: 'the runtime built from this checkout' };
  const spec = JSON.parse(await readFile(join(repo, 'chain-specs', 'dev.raw.json'), 'utf8'));
  const code = spec.genesis.raw.top['0x3a636f6465'];
  const path = join(scratch, 'runtime.wasm');
  await writeFile(path, Buffer.from(code.slice(2), 'hex'));
  return { path, from: 'chain-specs/dev.raw.json (no built runtime found)' };
}

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(relative(dir, join(entry.parentPath ?? entry.path, entry.name)));
  }
  return out.sort();
}

const scratch = await mkdtemp(join(tmpdir(), 'medrec-papi-'));
try {
  const wasm = await runtimeWasm(scratch);
  console.log(`runtime WASM: ${wasm.from}\n  ${wasm.path}`);
  await mkdir(join(scratch, '.papi'), { recursive: true });
  await writeFile(join(scratch, 'package.json'), JSON.stringify({ name: 'medrec-papi-scratch', private: true, type: 'module' }));
  await writeFile(join(scratch, '.papi', 'polkadot-api.json'), JSON.stringify({
    version: 0, descriptorPath: '.papi/descriptors', entries: {}, options: { noDescriptorsPackage: true },
  }));
  await symlink(join(portal, 'node_modules'), join(scratch, 'node_modules'));
  execFileSync(join(portal, 'node_modules', '.bin', 'papi'), ['add', 'medrec', '--wasm', wasm.path], {
    cwd: scratch, stdio: ['ignore', 'pipe', 'inherit'],
  });
  const generated = join(scratch, '.papi');
  await rm(join(generated, 'descriptors', '.gitignore'), { force: true });
  await rm(join(generated, 'polkadot-api.json'));
  const committed = join(portal, '.papi');
  if (check) {
    const [want, have] = [await files(generated), existsSync(committed) ? await files(committed) : []];
    const differ = [];
    for (const f of new Set([...want, ...have])) {
      if (f === 'polkadot-api.json') continue;
      const a = want.includes(f) ? await readFile(join(generated, f)) : null;
      const b = have.includes(f) ? await readFile(join(committed, f)) : null;
      if (!a || !b || !a.equals(b)) differ.push(`${f}${!a ? ' (not generated)' : !b ? ' (missing)' : ''}`);
    }
    if (differ.length) {
      console.error(`The committed descriptors (portal/.papi) differ from the runtime's:\n  ${differ.join('\n  ')}`);
      console.error('Regenerate them with `npm --prefix portal run descriptors` and commit portal/.papi.');
      process.exit(1);
    }
    console.log('descriptors match the runtime');
  } else {
    await rm(join(committed, 'metadata'), { recursive: true, force: true });
    await rm(join(committed, 'descriptors'), { recursive: true, force: true });
    await cp(generated, committed, { recursive: true });
    await writeFile(join(committed, 'polkadot-api.json'), `${JSON.stringify({
      version: 0, descriptorPath: '.papi/descriptors', entries: { medrec: { metadata: '.papi/metadata/medrec.scale' } },
    }, null, 2)}\n`);
    console.log('wrote portal/.papi; commit it');
  }
} finally {
  await rm(scratch, { recursive: true, force: true });
}
