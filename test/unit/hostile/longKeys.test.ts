// Profiles whose names, label values and joined frame keys pass 16,383 characters, all distinct
// at one length: V8 hashes such strings by their length alone, so every Map keyed by them was a
// list (top of 3,000 such function names: ~17 s of CPU; their flame graph ~57 s; tags of 3,000 such
// label values: ~36 s).
// Each view here is bounded on this thread's CPU time, far under what the collisions cost.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import { gzipSync } from 'node:zlib';
import { longKeyDump, longKeyHeapProfile, longKeyProfile, longKeysOfOneLength, longLabelKeyDebug1Dump, longSampleTypeProfile } from '../../hostile/longKeys';
import { parseHeaderLabels } from '../../../src/core/goroutines/lineParsers';
import { PROPERTY_KEY_LIMIT } from '../../../src/core/propertyKey';
import { threadCpuMs } from '../../hostile/threadCpu';

const COUNT = 3000;

async function cliWithin(boundMs: number, argv: string[]): Promise<string> {
  let out = '', err = '';
  const started = threadCpuMs();
  const code = await runCli(argv, { out: t => { out += t; }, err: t => { err += t; } });
  const spent = threadCpuMs() - started;
  assert.equal(code, 0, err);
  assert.ok(!(spent > boundMs), `goprof ${argv[0]} took ${Math.round(spent)} ms of CPU, over its bound of ${boundMs} ms`);
  return out;
}

describe('hostile inputs: distinct keys longer than 16,383 characters', function () {
  this.timeout(300_000); // wall time, which load stretches: the bounds are on CPU time
  let dir: string;
  before(() => { dir = mkdtempSync(join(tmpdir(), 'gpe-longkeys-')); });
  after(() => { rmSync(dir, { recursive: true, force: true }); });
  const write = (name: string, bytes: Buffer): string => { const path = join(dir, name); writeFileSync(path, bytes); return path; };

  it('top of 3,000 function names of 17,006 characters keeps each function apart', async () => {
    const file = write('names.pb.gz', longKeyProfile(COUNT, 17_006));
    const out = await cliWithin(6000, ['top', file]);
    // Each function is its own node, every one under pprof's drop fraction.
    assert.match(out, /^Dropped 3000 nodes \(cum <= 15\)$/m);
  });

  it('top by lines where each name and its file are short but name, file and line joined pass 16,383 characters', async () => {
    const file = write('joined.pb.gz', longKeyProfile(COUNT, 9000, 9000));
    const out = await cliWithin(6000, ['top', file, '--granularity', 'lines']);
    assert.match(out, /^Dropped 3000 nodes \(cum <= 15\)$/m);
  });

  it('the flame graph of 3,000 function names of 17,006 characters has a child per function', async () => {
    const file = write('flame.pb.gz', longKeyProfile(COUNT, 17_006));
    const tree = JSON.parse(await cliWithin(10_000, ['flame', file, '--json'])) as { root: { children: { name: string; total: number }[] } };
    assert.equal(tree.root.children.length, COUNT);
    assert.equal(new Set(tree.root.children.map(c => c.name.slice(-6))).size, COUNT);
    assert.ok(tree.root.children.every(c => c.total === 1 && c.name.length === 17_006));
  });

  it('tags of 3,000 label values of 17,006 characters counts each value once', async () => {
    const file = write('labels.pb.gz', longKeyProfile(COUNT, 10, 0, 17_006));
    const out = await cliWithin(6000, ['tags', file]);
    assert.match(out, /k: Total 3000\.0/);
    assert.equal(out.split('\n').filter(line => /\(0\.033%\): v{100}/.test(line)).length, COUNT);
  });

  it('incident of a heap profile and a dump sharing 3,000 function names of 16,384 characters joins each apart', async () => {
    // A dump keeps a function name's first 16 KiB: the longest names a dump and a profile can share.
    const names = longKeysOfOneLength(COUNT, 16_384, 'f').map(name => `main.${name.slice(5)}`);
    const folder = join(dir, 'incident');
    mkdirSync(folder);
    writeFileSync(join(folder, 'heap.pb.gz'), longKeyHeapProfile(names));
    writeFileSync(join(folder, 'goroutines.txt.gz'), gzipSync(longKeyDump(names)));
    const incident = JSON.parse(await cliWithin(12_000, ['incident', folder, '--json'])) as { answer: string[]; goroutineTotal: number };
    assert.equal(incident.goroutineTotal, COUNT + 1);
    // The heaviest function holds 3,000 KiB of 4.29 GiB: under 1 % only if no two names were joined as one.
    assert.match(incident.answer[0], /allocated mostly in main\.f{16373}002999 \(<1%\)\.$/);
  });

  it('list of 3,000 function names of 17,006 characters lists each routine once', async () => {
    const names = longKeysOfOneLength(COUNT, 17_006, 'f').map(name => `main.${name.slice(5)}`);
    const file = write('list.pb.gz', longKeyHeapProfile(names));
    const out = await cliWithin(12_000, ['list', file, 'main']);
    const routines = out.split('\n').filter(line => line.startsWith('ROUTINE ======================== main.'));
    assert.equal(routines.length, COUNT);
    assert.equal(new Set(routines.map(line => /f(\d{6}) in \/src\/main\.go$/.exec(line)?.[1])).size, COUNT);
  });
  // A goroutine's labels are an object (its JSON), whose property names V8 interns in one
  // process-wide table: distinct long keys of one length collided with each other in every record
  // (8 records of 450 such keys: ~12 s of CPU; 15 of 470, as many as the 8 MiB line cap and the
  // gzip bound let through, ~77 s). Keys past the limit are cut, marked with their length and a digest.
  it('goroutines of a gzipped debug=1 profile whose records carry 450 distinct label keys of 17,006 characters each', async () => {
    const file = write('labels.txt.gz', gzipSync(longLabelKeyDebug1Dump(8, 450)));
    const out = await cliWithin(5000, ['goroutines', file, '--json']);
    const keys = new Set<string>();
    for (const match of out.matchAll(/"(x{100}[^"]*)":\s*"v\d+"/g)) keys.add(match[1]);
    assert.equal(keys.size, 8 * 450, 'every key kept apart');
    for (const key of keys) {
      assert.ok(key.length <= PROPERTY_KEY_LIMIT, `a key of ${key.length} characters`);
      assert.match(key, /… \(17006 characters, #[0-9a-f]{16}\)$/);
    }
  });

  it('a Go 1.27 header\'s label keys past 16,383 characters are cut the same way, apart', () => {
    const started = threadCpuMs();
    const keys = longKeysOfOneLength(COUNT);
    const labels = parseHeaderLabels(keys.map((key, i) => `"${key}": v${i}`).join(', '));
    assert.ok(labels !== null);
    const read = Object.keys(labels);
    assert.equal(read.length, COUNT);
    assert.ok(read.every(key => key.length <= PROPERTY_KEY_LIMIT && key.startsWith('xxxx')));
    assert.equal(labels[read[COUNT - 1]], `v${COUNT - 1}`);
    const spent = threadCpuMs() - started;
    assert.ok(spent < 4000, `${Math.round(spent)} ms of CPU`);
  });
  it('info --json --all-types of 3,000 sample types named by 17,006 characters writes each total apart', async () => {
    const file = write('types.pb.gz', longSampleTypeProfile(COUNT));
    const info = JSON.parse(await cliWithin(5000, ['info', file, '--json', '--all-types'])) as { totals: Record<string, number> };
    const totals = Object.entries(info.totals);
    assert.equal(totals.length, COUNT);
    assert.ok(totals.every(([name]) => name.length <= PROPERTY_KEY_LIMIT && /… \(17006 characters, #[0-9a-f]{16}\)$/.test(name)));
    assert.equal(totals.reduce((sum, [, total]) => sum + total, 0), COUNT * (COUNT + 1) / 2);
  });
});
