// Builds and starts the goserver (this folder's Go program) for tests outside the capture suite:
// the watch's CLI test and its VS Code test. `leakEvery` makes it leak on that timer (-leak-every).
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';

/** This folder: run from source (tsx) it is __dirname; compiled, __dirname is out/test/integration/goserver. */
const GO_SERVER_SRC = existsSync(path.join(__dirname, 'go.mod')) ? __dirname : path.resolve(__dirname, '../../../../test/integration/goserver');
/** The Go toolchain: `go` on PATH, or GPE_GO=/path/to/go. */
const GO = process.env.GPE_GO || 'go';

export function buildGoServer(dir: string): string {
  const bin = path.join(dir, 'goserver');
  const env: NodeJS.ProcessEnv = { ...process.env, GOFLAGS: '-mod=mod', GOPROXY: 'off', GOTOOLCHAIN: 'local' };
  if (!env.GOCACHE && !env.HOME && !env.XDG_CACHE_HOME) env.GOCACHE = path.join(dir, 'gocache');
  const r = spawnSync(GO, ['build', '-o', bin, '.'], { cwd: GO_SERVER_SRC, env, encoding: 'utf8', timeout: 240000 });
  if (r.error) throw new Error(`These tests need Go to build ${GO_SERVER_SRC}, but \`${GO}\` could not be run (${r.error.message}).`);
  if (r.status !== 0) throw new Error(`go build of ${GO_SERVER_SRC} failed (${r.status ?? r.signal}): ${r.stderr}`);
  return bin;
}

export interface RunningGoServer {
  readonly proc: ChildProcessWithoutNullStreams;
  readonly baseUrl: string;
  stop(): void;
}

/** Starts the server on a free port; with `leakEvery` (e.g. '300ms') it leaks goroutines and memory on that timer. */
export async function startGoServer(bin: string, leakEvery?: string): Promise<RunningGoServer> {
  const proc = spawn(bin, ['-addr', '127.0.0.1:0', ...(leakEvery ? ['-leak-every', leakEvery, '-leak-batch', '10'] : [])], { stdio: 'pipe' });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`goserver did not start in 15 s: ${out}`)), 15000);
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^listening on 127\.0\.0\.1:(\d+)$/m.exec(out);
      if (m) { clearTimeout(timer); resolve(Number(m[1])); }
    });
    proc.stderr.on('data', (d: Buffer) => { out += d.toString(); });
    proc.on('error', e => { clearTimeout(timer); reject(e); });
    proc.on('exit', c => { clearTimeout(timer); reject(new Error(`goserver exited ${c}: ${out}`)); });
  });
  const origin = `http://127.0.0.1:${port}`;
  // Closing stdin ends the server (it exits when its stdin closes).
  return { proc, baseUrl: `${origin}/debug/pprof/`, stop: () => { proc.stdin.end(); proc.kill(); } };
}

/**
 * Waits until the leaking server's dump holds at least `min` goroutines blocked in
 * main.leakyDispatch (chan send): right after it starts, on a loaded machine, its first batches
 * may not have run yet, and a capture would see them runnable instead of leaked.
 */
export async function waitForLeak(baseUrl: string, min: number, timeoutMs = 30000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const dump = await fetch(`${baseUrl}goroutine?debug=2`).then(r => r.text());
    const leaked = dump.split('\n\n').filter(g => /^goroutine \d+ \[chan send\]:\nmain\.leakyDispatch\(/.test(g.trimStart())).length;
    if (leaked >= min) return leaked;
    if (Date.now() > deadline) throw new Error(`${baseUrl}: ${leaked} leaked goroutines after ${timeoutMs} ms, waiting for ${min}`);
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}
