// `npm run bench -- capturethread` (after `npm run build`): what a ten-replica heap capture costs
// the thread that starts it, as CPU time (Linux schedstat of that thread, so a loaded machine's
// waiting is left out): the capture run on that thread (`captureReplicas` itself, as the extension
// host ran it before) against the capture thread the extension now uses (dist/captureWorker.js,
// the same job the extension sends). Nine local Go servers answer (one leaking), one port is closed.
// Outside VS Code, so VS Code's proxy agent (which wraps the host's http requests) is not counted.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { findCaptureKind } from '../src/core/capture';
import { captureReplicas } from '../src/node/replicaCapture';
import type { CaptureThreadReply, ReplicasJob } from '../src/host/capture/captureThreadProtocol';
import { buildGoServer } from '../test/integration/goserver/goServerProcess';

const REPS = Number(process.env.BENCH_REPS ?? 5);
const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`;
const WORKER = join(__dirname, '../dist/captureWorker.js');

/** This thread's time on a CPU, ms. */
function cpuMs(): number {
  return Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]) / 1e6;
}

function startServer(bin: string, args: string[]): Promise<{ proc: ChildProcessWithoutNullStreams; baseUrl: string }> {
  const proc = spawn(bin, ['-addr', '127.0.0.1:0', '-burn-cpu=false', ...args], { stdio: 'pipe' });
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^listening on (127\.0\.0\.1:\d+)$/m.exec(out);
      if (m) resolve({ proc, baseUrl: `http://${m[1]}/debug/pprof/` });
    });
    proc.on('exit', c => reject(new Error(`goserver exited ${c}: ${out}`)));
  });
}

function closedPort(): Promise<number> {
  return new Promise(resolve => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

interface Sample { wallMs: number; cpuMs: number; longestWorkMs: number; longestGapMs: number }

/** Runs `capture` with a 10 ms ticker on this thread: the longest gap between ticks and the most CPU between two. */
async function measure(capture: () => Promise<unknown>): Promise<Sample> {
  let last = performance.now();
  let lastCpu = cpuMs();
  let longestGap = 0, longestWork = 0;
  const ticker = setInterval(() => {
    const now = performance.now(), cpu = cpuMs();
    longestGap = Math.max(longestGap, now - last);
    longestWork = Math.max(longestWork, cpu - lastCpu);
    last = now;
    lastCpu = cpu;
  }, 10);
  const t0 = performance.now(), c0 = cpuMs();
  await capture();
  const sample = { wallMs: performance.now() - t0, cpuMs: cpuMs() - c0, longestWorkMs: longestWork, longestGapMs: longestGap };
  clearInterval(ticker);
  return sample;
}

export async function run(): Promise<void> {
  if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: run npm run build first.`);
  const dir = mkdtempSync(join(tmpdir(), 'gpe-bench-capture-'));
  const bin = buildGoServer(dir);
  const servers = await Promise.all(Array.from({ length: 9 }, (_, i) => startServer(bin, i === 1 ? ['-leak-every', '100ms'] : [])));
  const urls = [...servers.map(s => s.baseUrl), `http://127.0.0.1:${await closedPort()}/debug/pprof/`];
  const kind = findCaptureKind('heap')!;
  const worker = new Worker(WORKER);
  let nextId = 1;
  // Every message from the capture thread wakes the starting thread (the extension host's).
  let messages = 0;
  const messageCounts: number[] = [];
  const inThread = (folder: string) => new Promise<unknown>((resolve, reject) => {
    const id = nextId++;
    const job: ReplicasJob = {
      type: 'replicas', targets: urls.map(url => ({ name: url, source: { baseUrl: url } })), kind, folder, timeoutMs: 30000, whenMs: Date.now(), auth: {},
    };
    const onMessage = (m: CaptureThreadReply) => {
      if (m.id !== id) return;
      messages++;
      if (!('result' in m) && !('error' in m)) return;
      worker.off('message', onMessage);
      if ('result' in m) resolve(m.result); else reject(new Error(m.error.message));
    };
    worker.on('message', onMessage);
    worker.postMessage({ id, job });
  });
  const onThisThread = (folder: string) => captureReplicas(urls.map(url => ({ name: url, source: { baseUrl: url } })), { kind, folder, timeoutMs: 30000 });
  const modes = { 'this thread': onThisThread, 'capture thread': inThread };
  const results: Record<string, Sample[]> = { 'this thread': [], 'capture thread': [] };
  try {
    // Warm both (the worker's start, the first connections), then alternate.
    await onThisThread(join(dir, 'warm-a'));
    await inThread(join(dir, 'warm-b'));
    for (let rep = 0; rep < REPS; rep++) {
      for (const [name, capture] of Object.entries(modes)) {
        messages = 0;
        results[name].push(await measure(() => capture(join(dir, `${name.replace(' ', '-')}-${rep}`))));
        if (name === 'capture thread') messageCounts.push(messages);
      }
    }
  } finally {
    void worker.terminate();
    for (const s of servers) { s.proc.stdin.end(); s.proc.kill(); }
    rmSync(dir, { recursive: true, force: true });
  }
  const range = (xs: number[]) => `${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))}`;
  console.log(`ten replicas (nine answering, one closed), heap, ${REPS} runs each, load average ${loadavg()[0].toFixed(1)}`);
  console.log('| where the capture runs | wall ms | CPU of the starting thread, ms | most CPU between two 10 ms ticks, ms | longest gap between ticks, ms |');
  console.log('|---|---|---|---|---|');
  for (const [name, samples] of Object.entries(results)) {
    console.log(`| ${name} | ${range(samples.map(s => s.wallMs))} | ${range(samples.map(s => s.cpuMs))} | ${range(samples.map(s => s.longestWorkMs))} | ${range(samples.map(s => s.longestGapMs))} |`);
  }
  console.log(`messages from the capture thread per capture (events and the result): ${range(messageCounts)}`);
}
