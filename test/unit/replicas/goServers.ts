// Real Go replicas for the replica tests: test/integration/goserver built once with the machine's
// Go and started on free 127.0.0.1 ports; `-leak-every` makes one of them the sick one.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const GO_SERVER_SRC = resolve(__dirname, '../../integration/goserver');
const GO = process.env.GPE_GO || 'go';

export const hasGo = spawnSync(GO, ['version'], { encoding: 'utf8' }).status === 0;

export function buildGoServer(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gpe-replicas-'));
  const bin = join(dir, 'goserver');
  const env: NodeJS.ProcessEnv = { ...process.env, GOFLAGS: '-mod=mod', GOPROXY: 'off', GOTOOLCHAIN: 'local' };
  const r = spawnSync(GO, ['build', '-o', bin, '.'], { cwd: GO_SERVER_SRC, env, encoding: 'utf8', timeout: 240_000 });
  if (r.status !== 0) throw new Error(`go build of ${GO_SERVER_SRC} failed: ${r.stderr || r.error?.message}`);
  return bin;
}

export interface GoReplica { readonly proc: ChildProcessWithoutNullStreams; readonly baseUrl: string; stop(): void }

export function startGoReplica(bin: string, args: readonly string[] = []): Promise<GoReplica> {
  const proc = spawn(bin, ['-addr', '127.0.0.1:0', ...args], { stdio: 'pipe' });
  return new Promise((resolvePromise, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`goserver did not start in 15 s: ${out}`)), 15_000);
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^listening on (127\.0\.0\.1:\d+)$/m.exec(out);
      if (m) {
        clearTimeout(timer);
        // Closing stdin ends the server (it exits when its stdin closes).
        resolvePromise({ proc, baseUrl: `http://${m[1]}/debug/pprof/`, stop: () => { proc.stdin.end(); proc.kill(); } });
      }
    });
    proc.stderr.on('data', (d: Buffer) => { out += d.toString(); });
    proc.on('error', e => { clearTimeout(timer); reject(e); });
  });
}
