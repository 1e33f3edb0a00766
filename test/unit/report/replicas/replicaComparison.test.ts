// Replica comparison over real captures: the growing-leak fixture's captures (one Go program,
// 100 / 200 / 300 leaked dispatchers) stand for replicas, so one of them is the sick one; every
// value is checked against what `goprof goroutines --json` and `goprof top --json` print for that
// file, and the merged profile against `go tool pprof -proto a b c`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../../src/cli/main';
import { compareReplicas, median, mergeReplicaProfiles, type ReplicaInput } from '../../../../src/core/report/replicas';
import { encodeProfileProto } from '../../../../src/core/pprof/encodeProto';
import { readProfile } from '../../../../src/core/input';
import { sampleTypeTotal } from '../../../../src/core/pprof';
import { nodeGunzip } from '../../../../src/node/gunzip';

const leak = join(__dirname, '../../../fixtures/incident/growing-leak');
const DUMPS = ['goroutines-20261203T004629Z.txt', 'goroutines-20261203T004630Z.txt', 'goroutines-20261203T004631Z.txt'];
const HEAPS = ['heap-20261203T004629Z.pb.gz', 'heap-20261203T004630Z.pb.gz', 'heap-20261203T004631Z.pb.gz'];
const hasGo = spawnSync('go', ['version'], { encoding: 'utf8' }).status === 0;

async function cliJson<T>(argv: string[]): Promise<T> {
  let out = '', err = '';
  const code = await runCli(argv, { out: t => { out += t; }, err: t => { err += t; } });
  assert.equal(code, 0, err);
  return JSON.parse(out) as T;
}

const replica = (name: string, file: string): ReplicaInput => ({ name, file, bytes: readFileSync(join(leak, file)) });

describe('replica comparison', () => {
  it('names the replica whose goroutine group stands out, with the counts goprof goroutines prints', async () => {
    // Two healthy replicas with 100 leaked goroutines each, one sick with 300.
    const inputs = [replica('apiserver-0', DUMPS[0]), { ...replica('apiserver-1', DUMPS[0]), file: 'copy.txt' }, replica('apiserver-2', DUMPS[2])];
    const c = compareReplicas(inputs);
    assert.deepEqual(c.compared, ['apiserver-0', 'apiserver-1', 'apiserver-2']);
    assert.equal(c.quantity, 'goroutines');
    const first = c.rows[0];
    assert.equal(first.kind, 'goroutines');
    assert.equal(first.worst, 'apiserver-2');
    assert.match(first.name, /^main\.dispatch \(main\.go:37\) \(chan send\)$/);
    const sick = await cliJson<{ groups: { count: number; state: string; frames: { func: string }[] }[] }>(['goroutines', join(leak, DUMPS[2]), '--json']);
    const healthy = await cliJson<{ groups: { count: number; state: string; frames: { func: string }[] }[] }>(['goroutines', join(leak, DUMPS[0]), '--json']);
    const dispatchers = (g: { groups: { count: number; state: string; frames: { func: string }[] }[] }) =>
      g.groups.filter(x => x.state === 'chan send' && x.frames.some(f => f.func === 'main.dispatch')).reduce((n, x) => n + x.count, 0);
    assert.deepEqual(first.values, { 'apiserver-0': dispatchers(healthy), 'apiserver-1': dispatchers(healthy), 'apiserver-2': dispatchers(sick) });
    assert.equal(first.median, dispatchers(healthy));
    assert.equal(first.distance, dispatchers(sick) - dispatchers(healthy));
    assert.equal(first.sentence, `apiserver-2 has ${dispatchers(sick)} goroutines in ${first.name}, the others ${dispatchers(healthy)}`);
    assert.equal(c.answer[0], first.sentence);
    // Sorted by distance from the median, most distant first.
    for (let i = 1; i < c.rows.length; i++) assert.ok(c.rows[i - 1].distance >= c.rows[i].distance);
  });

  it('compares heap functions by flat or cum, as goprof top reports them', async () => {
    const inputs = HEAPS.map((f, i) => replica(`r${i}`, f));
    for (const measure of ['flat', 'cum'] as const) {
      const c = compareReplicas(inputs, { measure, gunzip: nodeGunzip });
      assert.deepEqual(c.sampleType, { type: 'inuse_space', unit: 'bytes' });
      assert.equal(c.quantity, `bytes in use (inuse_space, ${measure})`);
      const tops = await Promise.all(HEAPS.map(f => cliJson<{ rows: { func: string; flat: number; cum: number }[] }>(['top', join(leak, f), '--json', '--nodefraction', '0'])));
      const row = c.rows.find(r => r.name === 'main.decodeObject')!;
      assert.equal(row.kind, 'heap');
      assert.equal(row.worst, 'r2');
      tops.forEach((top, i) => assert.equal(row.values[`r${i}`], top.rows.find(r => r.func === 'main.decodeObject')![measure]));
      assert.equal(row.median, row.values.r1);
      assert.match(row.sentence, /^r2 has [\d.]+ MiB inuse_space in main\.decodeObject, the others [\d.]+ MiB to [\d.]+ MiB$/);
    }
    const allocs = compareReplicas(inputs, { sampleType: 'alloc_objects' });
    assert.deepEqual(allocs.sampleType, { type: 'alloc_objects', unit: 'count' });
    // The cells of a count are bare numbers: the quantity is what says they count objects.
    assert.equal(allocs.quantity, 'objects allocated (alloc_objects, flat)');
  });

  it('says what a non-Go producer\'s values are by its own sample type and unit', () => {
    // Two replicas of a Node service profiled by @datadog/pprof: wall time, a type Go never writes.
    const wall = join(__dirname, '../../../fixtures/pprof/producers/datadog_node_wall_labels.pb.gz');
    const bytes = readFileSync(wall);
    const c = compareReplicas([{ name: 'node-0', file: 'a.pb.gz', bytes }, { name: 'node-1', file: 'b.pb.gz', bytes }], { gunzip: nodeGunzip, measure: 'cum', sampleType: 'wall' });
    assert.deepEqual(c.sampleType, { type: 'wall', unit: 'nanoseconds' });
    assert.equal(c.quantity, 'wall (nanoseconds, cum)');
    // Its cpu type is Go's name and unit: the same words as a Go CPU profile's.
    assert.equal(compareReplicas([{ name: 'a', bytes }, { name: 'b', bytes }], { gunzip: nodeGunzip }).quantity, 'CPU time (cpu, flat)');
  });

  it('reports failed and unreadable replicas and still compares the others', () => {
    const c = compareReplicas([
      replica('a', DUMPS[0]), { name: 'b', error: 'Timed out after 30 s' }, { name: 'c', file: 'c.txt', bytes: new TextEncoder().encode('hello') },
      replica('d', DUMPS[2]),
    ]);
    assert.deepEqual(c.compared, ['a', 'd']);
    assert.equal(c.replicas[1].error, 'Timed out after 30 s');
    assert.ok(c.replicas[2].error, 'the unreadable answer has a reason');
    assert.deepEqual(Object.keys(c.rows[0].values), ['a', 'd']);
    assert.ok(c.answer.some(s => s.startsWith('b: Timed out')));
    assert.match(c.rows[0].sentence, /^d has 300 goroutines in main\.dispatch .*, the other 100$/);
  });

  it('says when fewer than two replicas answered or all agree', () => {
    assert.match(compareReplicas([replica('a', DUMPS[0]), { name: 'b', error: 'refused' }]).answer[0], /^Only a answered/);
    const same = compareReplicas([replica('a', DUMPS[1]), { ...replica('b', DUMPS[1]), file: 'x' }]);
    assert.ok(same.rows.every(r => r.distance === 0));
    assert.match(same.answer[0], /replicas agree/);
    assert.throws(() => compareReplicas([replica('a', DUMPS[0]), replica('a', DUMPS[1])]), /named twice/);
  });

  it('median and worst on plain numbers', () => {
    assert.equal(median([]), 0);
    assert.equal(median([5, 1, 3]), 3);
    assert.equal(median([4, 1, 3, 10]), 3.5);
  });

  (hasGo ? it : it.skip)('merges the replicas\' profiles as go tool pprof -proto does', () => {
    const merged = mergeReplicaProfiles(HEAPS.map((f, i) => replica(`r${i}`, f)), { gunzip: nodeGunzip });
    assert.ok('profile' in merged, 'error' in merged ? merged.error : '');
    const dir = mkdtempSync(join(tmpdir(), 'gpe-merge-'));
    try {
      const out = join(dir, 'pprof-merged.pb.gz');
      const r = spawnSync('go', ['tool', 'pprof', '-proto', '-symbolize=none', '-output', out, ...HEAPS.map(f => join(leak, f))], { encoding: 'utf8', timeout: 120_000 });
      assert.equal(r.status, 0, r.stderr);
      const theirs = readProfile(readFileSync(out), { gunzip: nodeGunzip });
      const ours = merged.profile;
      assert.deepEqual(ours.sampleTypes, theirs.sampleTypes);
      for (let t = 0; t < ours.sampleTypes.length; t++) assert.equal(sampleTypeTotal(ours, t), sampleTypeTotal(theirs, t), ours.sampleTypes[t].type);
      assert.equal(ours.samples.count, theirs.samples.count, 'samples with equal stacks are summed');
      assert.equal(ours.locations.length, theirs.locations.length, 'locations kept once');
      assert.equal(ours.functions.length, theirs.functions.length, 'functions kept once');
      assert.equal(ours.mappings.length, theirs.mappings.length, 'mappings kept once');
      // Our merged profile, written out, reads in pprof with the same totals.
      const mine = join(dir, 'ours.pb');
      writeFileSync(mine, encodeProfileProto(ours));
      const top = spawnSync('go', ['tool', 'pprof', '-raw', mine], { encoding: 'utf8', timeout: 120_000 });
      assert.equal(top.status, 0, top.stderr);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('rows that would read alike say what tells them apart: a frame further down, the depth, or the creator', () => {
    const twice = (path: string): ReplicaInput[] => ['r0', 'r1'].map(name => ({ name, file: `${name}.txt`, bytes: readFileSync(path) }));
    // Go-made (the sample incident): three stacks in the runtime's netpoll wait, told apart by the net/http frame under it.
    const sample = compareReplicas(twice(join(__dirname, '../../../../samples/kube-apiserver-incident/goroutines.txt')));
    const names = sample.rows.map(r => r.name);
    assert.equal(new Set(names).size, names.length, names.join('\n'));
    assert.ok(names.includes('poll.runtime_pollWait (netpoll.go:305) (IO wait), via http.(*connReader).backgroundRead (server.go:678)'), names.join('\n'));
    // Real (go-profiler-notes' dump): one sleeping loop started by two creators, two netpoll waits at two depths.
    const real = compareReplicas(twice(join(__dirname, '../../../fixtures/corpus/gpn_http_goroutine_debug2.txt')));
    const realNames = real.rows.map(r => r.name);
    assert.equal(new Set(realNames).size, realNames.length, realNames.join('\n'));
    assert.deepEqual(realNames.filter(n => n.startsWith('main.shortSleepLoop')).sort(), [
      'main.shortSleepLoop (main.go:165) (sleep), created by main.indirectShortSleepLoop2 (main.go:185)',
      'main.shortSleepLoop (main.go:165) (sleep), created by main.main (main.go:130)',
    ]);
    // Rows named alone (the growing-leak fixture) keep their plain names.
    const plain = compareReplicas(twice(join(leak, DUMPS[0])));
    assert.ok(plain.rows.every(r => !/, (via|at stack depth|created by) /.test(r.name)), plain.rows.map(r => r.name).join('\n'));
  });
});
