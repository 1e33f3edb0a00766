// `goprof capture --replicas` against three real Go servers on 127.0.0.1 (one leaking goroutines
// and memory) and one address where nothing listens: the leaking replica is named, the dead one
// reported, and the numbers are the ones `goprof goroutines` and `goprof top` print for the saved files.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import type { CaptureJson } from '../../../src/cli/captureCommand';
import { waitForLeak } from '../../integration/goserver/goServerProcess';
import { buildGoServer, hasGo, startGoReplica, type GoReplica } from './goServers';

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const code = await runCli(argv, { out: t => { out += t; }, err: t => { err += t; } });
  return { code, out, err };
}

async function cliJson<T>(argv: string[]): Promise<T> {
  const r = await cli(argv);
  assert.equal(r.code, 0, r.err);
  return JSON.parse(r.out) as T;
}

function deadPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const p = (s.address() as net.AddressInfo).port; s.close(() => resolve(p)); });
  });
}

(hasGo ? describe : describe.skip)('goprof capture: replicas (real Go servers)', function () {
  this.timeout(300_000);
  let replicas: GoReplica[] = [];
  let out: string;
  let dead: string;

  before(async () => {
    const bin = buildGoServer();
    replicas = await Promise.all([startGoReplica(bin), startGoReplica(bin, ['-leak-every', '100ms']), startGoReplica(bin)]);
    await waitForLeak(replicas[1].baseUrl, 100);
    out = mkdtempSync(join(tmpdir(), 'gpe-capture-'));
    dead = `http://127.0.0.1:${await deadPort()}/debug/pprof/`;
  });
  after(() => {
    for (const r of replicas) r.stop();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('names the leaking replica by its goroutine group, reports the dead one, still compares the rest', async () => {
    const urls = [...replicas.map(r => r.baseUrl), dead];
    const json = await cliJson<CaptureJson>(['capture', '--replicas', urls.join(','), 'goroutine', '--out', out, '--json']);
    assert.deepEqual(json.replicas.map(r => r.url.replace(/goroutine\?debug=2$/, '')), urls);
    assert.match(json.replicas[3].error ?? '', /^Connection refused by 127\.0\.0\.1:\d+/);
    for (const r of json.replicas.slice(0, 3)) assert.ok(r.file && existsSync(r.file), `${r.name} saved`);
    const first = json.rows[0];
    assert.equal(first.kind, 'goroutines');
    assert.equal(first.worst, replicas[1].baseUrl);
    assert.match(first.name, /^main\.leakyDispatch \(leak\.go:\d+\) \(chan send\)$/);
    assert.deepEqual(Object.keys(first.values), replicas.map(r => r.baseUrl), 'the dead replica has no values');
    // The leaking replica's count is what goprof goroutines counts in its saved dump.
    const dump = await cliJson<{ groups: { count: number; state: string; frames: { func: string }[] }[] }>(['goroutines', json.replicas[1].file!, '--json']);
    const leaked = dump.groups.filter(g => g.state === 'chan send' && g.frames[0]?.func === 'main.leakyDispatch').reduce((n, g) => n + g.count, 0);
    assert.ok(leaked >= 50, `at least the first batch leaked (${leaked})`);
    assert.equal(first.values[replicas[1].baseUrl], leaked);
    assert.equal(first.values[replicas[0].baseUrl], 0);
    assert.equal(first.sentence, `${replicas[1].baseUrl} has ${leaked.toLocaleString('en-US')} goroutines in ${first.name}, the others 0`);
    assert.equal(json.answer[0], first.sentence);
    assert.ok(json.answer.some(a => a.startsWith(`${dead}: Connection refused`)));
  });

  it('compares the heap by function and writes pprof\'s merge of the three', async () => {
    const merged = join(out, 'merged.pb.gz');
    const json = await cliJson<CaptureJson>(['capture', '--replicas', replicas.map(r => r.baseUrl).join(','), 'heap', '--out', out, '--json', '--merged', merged]);
    assert.deepEqual(json.sampleType, { type: 'inuse_space', unit: 'bytes' });
    assert.equal(json.quantity, 'bytes in use (inuse_space, flat)');
    const row = json.rows.find(r => r.name === 'main.retainLeak');
    assert.ok(row, 'the leak\'s allocation site is a row');
    assert.equal(row.worst, replicas[1].baseUrl);
    assert.ok(row.values[replicas[1].baseUrl] > 0 && row.values[replicas[0].baseUrl] === 0 && row.values[replicas[2].baseUrl] === 0, JSON.stringify(row.values));
    const tops = await Promise.all(json.replicas.map(r => cliJson<{ total: number; rows: { func: string; flat: number }[] }>(['top', r.file!, '--json', '--nodefraction', '0'])));
    tops.forEach((top, i) => assert.equal(row.values[json.replicas[i].name], top.rows.find(x => x.func === 'main.retainLeak')?.flat ?? 0));
    const mergedTop = await cliJson<{ total: number }>(['top', merged, '--json']);
    assert.equal(mergedTop.total, tops.reduce((n, t) => n + t.total, 0), 'the merge keeps every sample');
  });

  it('prints the table with the worst replica marked, and a single URL capture prints its file', async () => {
    const text = await cli(['capture', '--replicas', replicas.map(r => r.baseUrl).join(','), 'goroutine', '--out', out, '--rows', '3']);
    assert.equal(text.code, 0, text.err);
    const lines = text.out.split('\n');
    assert.equal(lines[0].startsWith(`${replicas[1].baseUrl} has `), true, lines[0]);
    const header = lines.findIndex(l => /^\s*\[1\]\s+\[2\]\s+\[3\]\s+goroutines on each replica, \* = /.test(l));
    assert.ok(header > 0, text.out);
    assert.match(lines[header + 1], /^\s+0\s+[\d,]+\*\s+0\s+main\.leakyDispatch/);
    const single = await cli(['capture', replicas[0].baseUrl, 'heap', '--out', out]);
    assert.equal(single.code, 0, single.err);
    assert.ok(existsSync(single.out.trim()), single.out);
    const failed = await cli(['capture', dead, 'heap', '--out', out]);
    assert.equal(failed.code, 1);
    assert.match(failed.err, /Connection refused/);
  });
});

describe('goprof capture: arguments', () => {
  it('refuses what it cannot do with a usage error', async () => {
    assert.equal((await cli(['capture', 'http://127.0.0.1:1/', 'trace'])).code, 2);
    assert.equal((await cli(['capture', '--replicas', 'a,b', 'nope'])).code, 2);
    assert.equal((await cli(['capture', '--replicas', 'http://x:1/,http://x:1/debug/pprof/', 'heap'])).code, 2, 'the same replica twice');
    assert.equal((await cli(['capture', '--namespace', 'Bad_NS', 'heap'])).code, 2);
    assert.equal((await cli(['capture', '--selector', 'a=b', 'heap'])).code, 2, '--selector needs --namespace');
  });
});
