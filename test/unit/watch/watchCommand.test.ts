// `goprof watch` against a real Go server (test/integration/goserver) that leaks goroutines and
// memory on a timer: the leak group and the leaking heap function are flagged within three captures.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import { incidentOfFolder } from '../../../src/cli/incidentCommand';
import type { WatchSummary } from '../../../src/core/watch';
import { buildGoServer, startGoServer, type RunningGoServer } from '../../integration/goserver/goServerProcess';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: t => { out += t; }, err: t => { err += t; } });
  return { code, out, err };
}

describe('goprof watch against a leaking Go server', function () {
  this.timeout(240000);
  let tmp: string;
  let server: RunningGoServer;

  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'gpe-watch-'));
    server = await startGoServer(buildGoServer(tmp), '250ms');
  });
  after(() => {
    server?.stop();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('--json: flags main.leakyDispatch and main.retainLeak within three captures, with the files of each', async () => {
    const { code, out, err } = await run(['watch', server.baseUrl, '--every', '1s', '--for', '3s', '--gc', '--out', join(tmp, 'json'), '--json']);
    assert.equal(code, 0, err);
    const summary = JSON.parse(out) as WatchSummary;
    assert.equal(summary.captures.length, 3);
    for (const c of summary.captures) {
      assert.ok(!Number.isNaN(Date.parse(c.time)), c.time);
      assert.deepEqual(c.files.map(f => f.replace(/\d{8}T\d{6}Z/, 'TIME')), ['goroutine-TIME.txt', 'heap-TIME.pb.gz']);
      for (const f of c.files) assert.ok(existsSync(join(summary.folder, f)), f);
    }
    const group = summary.growing.find(g => g.kind === 'goroutines' && g.name === 'main.leakyDispatch');
    assert.ok(group, `growing: ${JSON.stringify(summary.growing)}`);
    assert.equal(group.values.length, 3);
    assert.ok(group.values[0] < group.values[1] && group.values[1] < group.values[2], String(group.values));
    const heap = summary.growing.find(g => g.kind === 'heap' && g.name === 'main.retainLeak');
    assert.ok(heap, `growing: ${JSON.stringify(summary.growing)}`);
    assert.ok(heap.values[2] > heap.values[0]);
    // The progress lines went to stderr, one per capture; the third flags the group.
    const lines = err.split('\n').filter(l => l.startsWith('capture '));
    assert.equal(lines.length, 3);
    assert.match(lines[2], /^capture 3\/3 at .*: 2 files; GROWING goroutines main\.leakyDispatch \d+ → \d+ → \d+ \(\+\d+\)/);

    // The folder is an incident folder: the same growth in `goprof incident`'s answer.
    const incident = incidentOfFolder(summary.folder);
    const leakSentence = incident.answer.find(s => s.startsWith('Growing in every one of the 3 captures (a leak)'));
    assert.ok(leakSentence, incident.answer.join('\n'));
    assert.match(leakSentence, /main\.leakyDispatch/);
  });

  it('text: one line per capture and the heap deltas saved beside the snapshots but never read as the heap', async () => {
    const { code, out, err } = await run(['watch', server.baseUrl, '--every', '2s', '--for', '4s', '--delta', '1s', '--out', join(tmp, 'text')]);
    assert.equal(code, 0, err);
    const lines = out.split('\n');
    assert.match(lines[0], /^watching http:\/\/127\.0\.0\.1:\d+\/debug\/pprof\/ every 2 s for 4 s \(2 captures\) into /);
    assert.match(lines[1], /^capture 1\/2 at .*: 4 files; first capture, nothing to compare yet$/);
    assert.match(lines[2], /^capture 2\/2 at .*: 4 files; nothing flagged yet; rose since the capture before: goroutines main\.leakyDispatch/);
    const folder = /into (.*)$/.exec(lines[0])![1];
    const incident = incidentOfFolder(folder);
    const deltas = incident.files.filter(f => f.path.includes('-delta1s-'));
    assert.equal(deltas.length, 4);
    for (const d of deltas) assert.match(d.detail ?? '', /change over \d+ s$/);
    assert.match(incident.heapPath ?? '', /^heap-\d{8}T\d{6}Z\.pb\.gz$/);
  });

  it('stops at once with the reason when the first capture fails', async () => {
    const { code, err } = await run(['watch', server.baseUrl.replace('/debug/pprof/', '/fail/debug/pprof/'), '--every', '1s', '--for', '5s', '--out', join(tmp, 'fail')]);
    assert.equal(code, 1);
    assert.match(err, /the first capture failed: goroutine: .*500/);
  });

  it('usage errors: no --out, a bad duration', async () => {
    assert.equal((await run(['watch', server.baseUrl, '--every', '1s'])).code, 2);
    assert.match((await run(['watch', server.baseUrl, '--every', 'soon', '--out', tmp])).err, /--every: "soon" is not a duration/);
  });
});
