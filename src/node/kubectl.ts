// Runs kubectl with the user's kubeconfig: no shell (arguments go as they are), async, bounded
// output, ended by an AbortSignal. A port-forward is a kubectl process we start and stop.
import { spawn, type ChildProcess } from 'node:child_process';
import { kubectlErrorLine, parsePortForwardLine } from '../core/capture/kubernetes';
import { timerDelayMs } from '../core/timerDelay';

/** The kubectl binary: goProfileExplorer.capture.kubectlPath in the extension, $KUBECTL in the CLI, else `kubectl` on PATH. */
export interface KubectlOptions {
  readonly kubectl?: string;
  readonly signal?: AbortSignal;
  /** stdout beyond this fails the run. */
  readonly maxBytes?: number;
  /** stdout goes here chunk by chunk instead of memory (the result keeps its first HEAD_BYTES). */
  readonly sink?: (chunk: Buffer) => void;
}

export interface KubectlRun {
  readonly exitCode: number;
  /** The whole stdout without a sink; its first 64 KiB with one. */
  readonly head: Uint8Array;
  readonly stderr: string;
}

const HEAD_BYTES = 64 * 1024;
const MAX_STDERR = 16 * 1024;
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

function abortError(): Error {
  const e = new Error('aborted');
  e.name = 'AbortError';
  return e;
}

function spawnError(kubectl: string, e: NodeJS.ErrnoException): Error {
  if (e.code === 'ENOENT') return new Error(`${kubectl} was not found: install kubectl or set goProfileExplorer.capture.kubectlPath (KUBECTL for goprof).`);
  return e;
}

export function runKubectl(args: readonly string[], options: KubectlOptions = {}): Promise<KubectlRun> {
  const kubectl = options.kubectl || 'kubectl';
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) { reject(abortError()); return; }
    const child = spawn(kubectl, [...args], { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    const chunks: Buffer[] = [];
    let total = 0, kept = 0, stderr = '';
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      fn();
    };
    const onAbort = () => { child.kill(); finish(() => reject(abortError())); };
    options.signal?.addEventListener('abort', onAbort);
    child.stdout.on('data', (chunk: Buffer) => {
      if (settled) return;
      total += chunk.length;
      if (total > maxBytes) { child.kill(); finish(() => reject(new Error(`kubectl's answer is larger than ${Math.round(maxBytes / 1048576)} MB; not saved.`))); return; }
      if (options.sink) {
        try { options.sink(chunk); } catch (e) { child.kill(); finish(() => reject(e)); return; }
        if (kept < HEAD_BYTES) { chunks.push(chunk.subarray(0, HEAD_BYTES - kept)); kept += Math.min(chunk.length, HEAD_BYTES - kept); }
      } else chunks.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => { if (stderr.length < MAX_STDERR) stderr += chunk.toString('utf8'); });
    child.on('error', e => finish(() => reject(spawnError(kubectl, e))));
    child.on('close', code => finish(() => resolve({ exitCode: code ?? -1, head: new Uint8Array(Buffer.concat(chunks)), stderr: stderr.slice(0, MAX_STDERR) })));
  });
}

/** A running `kubectl port-forward`: the local port it listens on, and how to end it. */
export interface PortForward {
  readonly localPort: number;
  stop(): void;
}

/** Starts `kubectl port-forward` and resolves once it prints the local port; the caller stops it. */
export function startPortForward(args: readonly string[], options: { kubectl?: string; timeoutMs?: number } = {}): Promise<PortForward> {
  const kubectl = options.kubectl || 'kubectl';
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(kubectl, [...args], { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    let out = '', errText = '', settled = false;
    const stop = () => { if (child.exitCode === null && !child.killed) child.kill(); };
    const timer = setTimeout(() => fail(new Error(`kubectl port-forward printed no local port in ${Math.round((options.timeoutMs ?? 15000) / 1000)} s${errText ? `: ${kubectlErrorLine(errText)}` : ''}`)), timerDelayMs(options.timeoutMs ?? 15000));
    function fail(e: Error) { if (settled) return; settled = true; clearTimeout(timer); stop(); reject(e); }
    child.stdout!.on('data', (chunk: Buffer) => {
      if (settled) return;
      out += chunk.toString('utf8');
      for (const line of out.split('\n')) {
        const port = parsePortForwardLine(line);
        if (port !== undefined) { settled = true; clearTimeout(timer); resolve({ localPort: port, stop }); return; }
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => { if (errText.length < MAX_STDERR) errText += chunk.toString('utf8'); });
    child.on('error', e => fail(spawnError(kubectl, e)));
    child.on('close', code => fail(new Error(`kubectl port-forward ended (exit code ${code ?? -1})${errText ? `: ${kubectlErrorLine(errText)}` : ''}`)));
  });
}
