// Profiles whose names, label values and joined frame keys pass 16,383 characters, all distinct
// at one length: V8 hashes such strings by their length alone, so every Map keyed by them was a
// list (top of 3,000 such function names: ~17 s of CPU; their flame graph ~57 s; tags of 3,000 such
// label values: ~36 s).
// Each view here is bounded on this thread's CPU time, far under what the collisions cost.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import { longKeyProfile } from '../../hostile/longKeys';
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
});
