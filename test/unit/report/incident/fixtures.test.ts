import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../../src/cli/main';
import { incidentOfFolder } from '../../../../src/cli/incidentCommand';
import { buildIncident, incidentHtml, incidentMarkdown, sameBinary, type Incident } from '../../../../src/core/report/incident';
import { readProfile } from '../../../../src/core/input';
import { incidentGoldenView } from '../../../../scripts/incidentGoldenView';

const fixtures = join(__dirname, '../../../fixtures/incident');
const folder = (shape: string) => join(fixtures, shape);
const SHAPES = ['chan-leak', 'mutex-convoy', 'heap-blowup', 'growing-leak', 'different-processes', 'creator-path', 'creator-path-go121'];

async function json<T>(argv: string[]): Promise<T> {
  let out = '', err = '';
  const code = await runCli(argv, { out: t => { out += t; }, err: t => { err += t; } });
  assert.equal(code, 0, err);
  return JSON.parse(out) as T;
}

interface TopJson { total: number; rows: { func: string; flat: number; cum: number }[] }
interface GoroutinesJson { total: number; groups: { count: number; state: string; suspect: string | null }[] }
const escapeRe = (s: string) => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
const focusOn = (functions: readonly string[]) => `^(?:${functions.map(escapeRe).join('|')})$`;
const sumFlat = (top: TopJson) => top.rows.reduce((sum, r) => sum + r.flat, 0);

/** The joined heap of a suspect equals goprof top focused on its functions; counts equal goprof goroutines. */
async function checkAgainstCli(dir: string, incident: Incident): Promise<void> {
  const dump = await json<GoroutinesJson>(['goroutines', join(dir, incident.dumpPath!), '--json']);
  assert.equal(incident.goroutineTotal, dump.total);
  const suspects = dump.groups.filter(g => g.suspect !== null);
  assert.deepEqual(incident.suspects.map(s => [s.count, s.state]), suspects.slice(0, 10).map(g => [g.count, g.state]));
  if (!incident.heapPath) return;
  const top = await json<TopJson>(['top', join(dir, incident.heapPath), '--json']);
  assert.equal(incident.memory.heapProfileTotal, top.total);
  for (const s of incident.suspects) {
    if (!s.heap) continue;
    const focused: TopJson = await json<TopJson>(['top', join(dir, incident.heapPath), '--json', '--nodefraction', '0', '--focus', focusOn(s.heap.functions)]);
    assert.equal(s.heap.value, sumFlat(focused));
    assert.equal(s.heap.fraction, s.heap.value / top.total);
  }
}

describe('goprof incident on fixtures made by Go programs', function () {
  this.timeout(120000);
  const incidents = new Map<string, Incident>();
  before(() => { for (const shape of SHAPES) incidents.set(shape, incidentOfFolder(folder(shape))); });

  for (const shape of SHAPES) {
    it(`${shape}: equals its golden (goprof incident --json)`, () => {
      const golden = JSON.parse(readFileSync(join(fixtures, `${shape}.golden.json`), 'utf8'));
      assert.deepEqual(JSON.parse(JSON.stringify(incidentGoldenView(incidents.get(shape)!))), golden);
    });
  }

  it('chan-leak: the dispatchers are joined with the objects they pin, allocated in decodeObject under listObjects', async () => {
    const incident = incidents.get('chan-leak')!;
    assert.match(incident.answer[0], /^200 goroutines blocked on chan send in main\.dispatch \(main\.go:\d+\), created by main\.handleDelete — which is on the stacks holding [\d.]+ MiB \(99%\) of the in-use heap, allocated in main\.decodeObject under main\.listObjects\.$/);
    const s = incident.suspects[0];
    assert.deepEqual(s.heap!.functions, ['main.handleDelete', 'main.dispatch']);
    assert.equal(s.heap!.allocatedIn[0].func, 'main.decodeObject');
    assert.equal(s.heap!.allocatedIn[0].under, 'main.listObjects');
    // 200 calls × 16 objects × a 4 KiB buffer each, every allocation recorded (MemProfileRate = 1).
    assert.ok(s.heap!.allocatedIn[0].value >= 200 * 16 * 4096);
    await checkAgainstCli(folder('chan-leak'), incident);
  });

  it('chan-leak: MemStats from the debug=1 heap text, and the files it cannot read listed with the reason', () => {
    const incident = incidents.get('chan-leak')!;
    const text = readFileSync(join(folder('chan-leak'), 'heap.txt'), 'utf8');
    const stat = (name: string) => Number(new RegExp(`^# ${name} = (\\d+)$`, 'm').exec(text)![1]);
    const m = incident.memory.memStats!;
    assert.equal(m.HeapInuse, stat('HeapInuse'));
    assert.equal(m.Sys, stat('Sys'));
    assert.equal(m.NumGC, stat('NumGC'));
    assert.equal(m.StackInuse, Number(/^# Stack = (\d+) \//m.exec(text)![1]));
    assert.equal(m.MemProfileRate, 1);
    assert.match(incident.memory.explained, /^The heap profile accounts for [\d.]+ MiB of the [\d.]+ MiB of heap in use \(HeapInuse, [\d.]+%\)/);
    assert.deepEqual(incident.unread.map(u => u.path), ['heap-partial.pb.gz', 'notes.txt']);
    assert.match(incident.unread[0].reason, /gzip/);
    assert.match(incident.unread[1].reason, /no goroutine dump found/);
    assert.equal(incident.answer[incident.answer.length - 1], '2 files could not be read (listed with the reason).');
  });

  it('mutex-convoy: the waiters, the likely holder, and the mutex profile pointing at the same holder', async () => {
    const incident = incidents.get('mutex-convoy')!;
    assert.match(incident.answer[0], /^60 goroutines blocked on (?:semacquire|sync\.Mutex\.Lock) in main\.\(\*cache\)\.lookup \(main\.go:\d+\), created by main\.main/);
    assert.match(incident.answer[0], /; the likely holder is 1 goroutine in sleep in main\.\(\*cache\)\.refresh \(main\.go:\d+\); the mutex profile \(mutex\.pb\.gz\) puts [\d.]+ ms \(\d+%\) of the lock contention on unlocks in main\.\(\*cache\)\.refresh\.$/);
    assert.match(incident.answer[1], /^The block profile \(block\.pb\.gz\) puts [\d.]+ ms \(\d+%\) of the waiting in main\.\(\*cache\)\.lookup\.$/);
    const kinds = Object.fromEntries(incident.files.map(f => [f.path, f.kind]));
    assert.equal(kinds['mutex.pb.gz'], 'mutex');
    assert.equal(kinds['block.pb.gz'], 'block');
    await checkAgainstCli(folder('mutex-convoy'), incident);
  });

  it('mutex and block profiles are told apart by their stacks when their names do not say', () => {
    const bytes = (name: string) => readFileSync(join(folder('mutex-convoy'), name));
    const incident = buildIncident([{ path: 'a.pb.gz', bytes: bytes('mutex.pb.gz') }, { path: 'b.pb.gz', bytes: bytes('block.pb.gz') }]);
    assert.deepEqual(incident.files.map(f => [f.path, f.kind]), [['a.pb.gz', 'mutex'], ['b.pb.gz', 'block']]);
  });

  it('heap-blowup: no goroutine group holds the heap, and the answer says so', async () => {
    const incident = incidents.get('heap-blowup')!;
    assert.deepEqual(incident.suspects, []);
    assert.match(incident.answer[0], /^No goroutine group looks stuck \(5 goroutines in 2 groups\), so nothing joins the heap to blocked goroutines: the [\d.]+ MiB in-use heap is allocated mostly in main\.\(\*cache\)\.fill \(\d+%\)\.$/);
    await checkAgainstCli(folder('heap-blowup'), incident);
  });

  it('growing-leak: captures ordered by the time in their names, the group and its heap growing in every one', async () => {
    const incident = incidents.get('growing-leak')!;
    const dumps = incident.files.filter(f => f.kind === 'goroutine-dump');
    assert.equal(dumps.length, 3);
    assert.ok(dumps.every(f => f.capturedAtFrom === 'name'));
    assert.ok(dumps[0].capturedAtMs! < dumps[1].capturedAtMs! && dumps[1].capturedAtMs! < dumps[2].capturedAtMs!);
    assert.equal(incident.dumpPath, dumps[2].path);
    const group = incident.overTime.find(s => s.kind === 'goroutines' && s.name.includes('main.dispatch'))!;
    assert.deepEqual(group.points.map(p => p.value), [100, 200, 300]);
    assert.equal(group.leak, true);
    const heap = incident.overTime.find(s => s.kind === 'heap' && s.name === 'main.decodeObject')!;
    assert.equal(heap.leak, true);
    assert.ok(heap.points[2].value > heap.points[1].value && heap.points[1].value > heap.points[0].value);
    const idle = incident.overTime.filter(s => s.kind === 'goroutines' && !s.leak);
    assert.ok(idle.every(s => s.points.some((p, i) => i > 0 && p.value <= s.points[i - 1].value)));
    assert.match(incident.answer[1], /^Growing in every one of the 3 captures \(a leak\): goroutines chan send in main\.dispatch \(main\.go:\d+\) 100 → 200 → 300; in-use heap in main\.decodeObject /);
    // Each capture's heap for the series equals goprof top's flat of decodeObject in that file.
    for (const p of heap.points) {
      const top = await json<TopJson>(['top', join(folder('growing-leak'), p.path), '--json', '--nodefraction', '0']);
      assert.equal(p.value, top.rows.find(r => r.func === 'main.decodeObject')!.flat);
    }
    await checkAgainstCli(folder('growing-leak'), incident);
  });

  it('different-processes: a dump of one program and a heap profile of another are never joined', () => {
    const incident = incidents.get('different-processes')!;
    assert.match(incident.answer[0], /^200 goroutines blocked on chan send in main\.dispatch \(main\.go:\d+\), created by main\.handleDelete — not joined with heap\.pb\.gz, which looks like another process \(main\.main is in incidentgen\/chanleak\/main\.go in the dump and in incidentgen\/blowup\/main\.go in the profile\)\.$/);
    assert.equal(incident.suspects[0].heap, null);
    assert.equal(incident.suspects[0].allocs, null);
    assert.match(incident.suspects[0].notJoined!, /looks like another process/);
  });

  it('creator-path: the watchers hold nothing themselves; their creator\'s call path joins them to the index it built', async () => {
    const incident = incidents.get('creator-path')!;
    assert.match(incident.answer[0], /^200 goroutines blocked on chan send in main\.watch \(main\.go:\d+\), created by main\.startWatchers — its creator's caller main\.syncLoop is on the stacks holding [\d.]+ MiB \(9\d%\) of the in-use heap, allocated in main\.buildIndex\.$/);
    const s = incident.suspects[0];
    // Go 1.19 names no creator goroutine: both goroutines running startWatchers give the path.
    assert.equal(s.creatorPath!.via, 'running-creator');
    assert.equal(s.creatorPath!.goroutines, 2);
    assert.deepEqual(s.creatorPath!.frames.map(f => f.func), ['main.startWatchers', 'main.syncLoop', 'main.auditLoop']);
    assert.deepEqual([...s.heap!.functions].sort(), ['main.auditLoop', 'main.startWatchers', 'main.syncLoop', 'main.watch']);
    // 200 shards × an 8 KiB blob, every allocation recorded.
    assert.ok(s.heap!.allocatedIn[0].func === 'main.buildIndex' && s.heap!.allocatedIn[0].value >= 200 * 8192);
    await checkAgainstCli(folder('creator-path'), incident);
  });

  it('creator-path-go121: a dump naming the creator goroutine joins through that goroutine only', async () => {
    const older = incidents.get('creator-path')!.suspects[0];
    const incident = incidents.get('creator-path-go121')!;
    const s = incident.suspects[0];
    const dump = readFileSync(join(folder('creator-path-go121'), 'goroutines.txt'), 'utf8');
    const creatorId = Number(/^created by main\.startWatchers in goroutine (\d+)$/m.exec(dump)![1]);
    assert.match(dump, new RegExp(`^goroutine ${creatorId} \\[[^\\]]+\\]:\nmain\\.startWatchers\\(`, 'm'));
    assert.deepEqual(s.creatorPath, {
      via: 'creator-goroutine', goroutineIds: [creatorId], goroutines: 1,
      frames: older.creatorPath!.frames.filter(f => f.func !== 'main.auditLoop'),
    });
    assert.deepEqual([...s.heap!.functions].sort(), ['main.startWatchers', 'main.syncLoop', 'main.watch']);
    // auditLoop's log is no longer joined: exactly its bytes less than the older dump's join.
    const top = await json<TopJson>(['top', join(folder('creator-path-go121'), 'heap.pb.gz'), '--json', '--nodefraction', '0', '--focus', '^main\\.auditLoop$', '--ignore', '^main\\.(?:syncLoop|startWatchers|watch)$']);
    assert.ok(sumFlat(top) > 0);
    assert.equal(older.heap!.value - s.heap!.value, sumFlat(top));
    assert.match(incident.answer[0], /its creator's caller main\.syncLoop is on the stacks holding/);
    await checkAgainstCli(folder('creator-path-go121'), incident);
  });

  it('a profile sharing no function of your code with the dump is not joined either', () => {
    const chanleak = readFileSync(join(folder('chan-leak'), 'goroutines.txt'), 'utf8');
    // The dump renamed into another program: none of its functions is in the heap profile.
    const renamed = chanleak.replaceAll('main.', 'other.').replaceAll('incidentgen/', 'othergen/');
    const incident = buildIncident([
      { path: 'goroutines.txt', bytes: new TextEncoder().encode(renamed) },
      { path: 'heap.pb.gz', bytes: readFileSync(join(folder('chan-leak'), 'heap.pb.gz')) },
    ]);
    assert.match(incident.answer[0], /not joined with heap\.pb\.gz, which looks like another process \(they share no function of your code\)/);
  });

  it('the Markdown and HTML reports carry the sentences, the stacks with source lines, and escape the data', () => {
    const incident = incidents.get('chan-leak')!;
    const source = readFileSync(join(fixtures, 'gen/chanleak/main.go'), 'utf8');
    const sourceLines = (file: string) => (file === 'incidentgen/chanleak/main.go' ? source : undefined);
    const md = incidentMarkdown(incident, { title: 'chan-leak', sourceLines });
    const dispatchLine = incident.suspects[0].line;
    const lineText = source.split('\n')[dispatchLine - 1];
    assert.match(lineText, /toProcess <- item/);
    assert.ok(md.includes(`>${String(dispatchLine).padStart(5)}  ${lineText}`), 'the blocking line is marked in the Markdown');
    assert.ok(md.includes('main.decodeObject'));
    const html = incidentHtml(incident, { title: 'chan-leak', sourceLines });
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-[a-z0-9]+';/);
    assert.doesNotMatch(html, /<script|<link|<img|\bsrc=|\bhref=/i);
    assert.match(html, /<svg class="flame"/);
    assert.ok(html.includes('<span class="cur">'));
    // Data from the files, however hostile, is text.
    const hostile: Incident = { ...incident, answer: ['<script>alert(1)</script> | `x` *y* [z](http://e)'] };
    const hostileHtml = incidentHtml(hostile);
    assert.ok(!hostileHtml.includes('<script>alert'));
    assert.ok(hostileHtml.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    const hostileMd = incidentMarkdown(hostile);
    assert.ok(hostileMd.includes('**\\<script\\>alert(1)\\</script\\> \\| \\`x\\` \\*y\\* \\[z\\](http://e)**'));
  });
});

describe('incident: telling processes apart by their binaries', () => {
  const sampleDir = join(__dirname, '../../../../samples/kube-apiserver-incident');

  it('a goroutine profile and a heap profile naming different executables are not joined', () => {
    const incident = buildIncident([
      { path: 'goroutine.pb.gz', bytes: readFileSync(join(sampleDir, 'goroutine.pb.gz')) },
      { path: 'heap.pb.gz', bytes: readFileSync(join(fixtures, 'heap-blowup/heap.pb.gz')) },
    ]);
    assert.equal(incident.dumpPath, 'goroutine.pb.gz');
    assert.ok(incident.suspects.length > 0);
    assert.match(incident.answer[0], /not joined with heap\.pb\.gz, which looks like another process \(they name different binaries \(kube-apiserver and blowup\)\)\.$/);
  });

  it('build IDs decide when the profiles carry them', () => {
    const heap = readProfile(readFileSync(join(sampleDir, 'heap.pb.gz')));
    const withId = (id: string) => ({ ...heap, mappings: heap.mappings.map((m, i) => (i === 0 ? { ...m, buildId: id } : m)) });
    assert.deepEqual(sameBinary(withId('abc'), withId('abc')), { same: true });
    assert.deepEqual(sameBinary(withId('abc'), withId('def')), { same: false, reason: 'their binaries\' build IDs differ (abc and def)' });
    assert.deepEqual(sameBinary(heap, heap), { same: true });
  });
});
