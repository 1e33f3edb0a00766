// The profiles a Go process serves under /debug/pprof/ (net/http/pprof), as the capture
// command offers them. Pure data: no vscode, no Node.

/** What the saved file holds, which decides its extension and the view it opens in. */
export type CaptureOutput = 'profile' | 'goroutineText';

export interface CaptureKind {
  /** Stable id, used by the scriptable command argument `{kind}` and in the file name. */
  readonly id: string;
  /** The path below the base URL, e.g. `heap`. */
  readonly endpoint: string;
  /** Query parameters the endpoint gets (before `seconds`). */
  readonly query: Readonly<Record<string, string>>;
  readonly output: CaptureOutput;
  /** The name in the saved file: `<host>-<fileKind>-<timestamp>.pb.gz`. */
  readonly fileKind: string;
  readonly label: string;
  readonly description: string;
  /** CPU profile: the server samples for `seconds` before it answers. */
  readonly needsSeconds?: boolean;
  /** Set when the extension cannot use this endpoint; the text says why. */
  readonly refused?: string;
}

export const CAPTURE_KINDS: readonly CaptureKind[] = [
  { id: 'heap', endpoint: 'heap', query: {}, output: 'profile', fileKind: 'heap', label: 'heap', description: 'memory in use and allocated, sampled (pprof heap)' },
  { id: 'allocs', endpoint: 'allocs', query: {}, output: 'profile', fileKind: 'allocs', label: 'allocs', description: 'all past allocations, sampled' },
  { id: 'goroutine', endpoint: 'goroutine', query: { debug: '2' }, output: 'goroutineText', fileKind: 'goroutine', label: 'goroutine (debug=2 text)', description: 'every goroutine with its full stack and wait state, grouped view' },
  { id: 'goroutine-proto', endpoint: 'goroutine', query: {}, output: 'profile', fileKind: 'goroutine', label: 'goroutine (profile)', description: 'goroutine stacks as a pprof profile, flame graph' },
  { id: 'profile', endpoint: 'profile', query: {}, output: 'profile', fileKind: 'cpu', label: 'profile (CPU)', description: 'CPU samples for N seconds', needsSeconds: true },
  { id: 'mutex', endpoint: 'mutex', query: {}, output: 'profile', fileKind: 'mutex', label: 'mutex', description: 'holders of contended mutexes (needs runtime.SetMutexProfileFraction)' },
  { id: 'block', endpoint: 'block', query: {}, output: 'profile', fileKind: 'block', label: 'block', description: 'where goroutines blocked (needs runtime.SetBlockProfileRate)' },
  { id: 'threadcreate', endpoint: 'threadcreate', query: {}, output: 'profile', fileKind: 'threadcreate', label: 'threadcreate', description: 'stacks that created OS threads' },
  { id: 'trace', endpoint: 'trace', query: {}, output: 'profile', fileKind: 'trace', label: 'trace', description: 'execution trace: not supported',
    refused: 'An execution trace (/debug/pprof/trace) is not a pprof profile and this extension cannot show it. Capture it with `curl -o trace.out \'<base>trace?seconds=5\'` and open it with `go tool trace trace.out`.' },
];

/** The kind with this id (also accepts `cpu` for `profile` and `goroutine-debug2` for `goroutine`). */
export function findCaptureKind(id: string): CaptureKind | undefined {
  const key = id.trim().toLowerCase();
  const alias: Record<string, string> = { cpu: 'profile', 'goroutine-debug2': 'goroutine', 'goroutine-text': 'goroutine' };
  const wanted = alias[key] ?? key;
  return CAPTURE_KINDS.find(k => k.id === wanted);
}

export const DEFAULT_CPU_SECONDS = 30;
export const MAX_CPU_SECONDS = 3600;

/** Parses the CPU seconds prompt: a whole number from 1 to 3600. Returns an error text otherwise. */
export function parseSeconds(input: string | number): { seconds: number } | { error: string } {
  const text = String(input).trim();
  if (!/^\d+$/.test(text)) return { error: 'Enter a whole number of seconds, e.g. 30.' };
  const seconds = Number(text);
  if (seconds < 1 || seconds > MAX_CPU_SECONDS) return { error: `Enter between 1 and ${MAX_CPU_SECONDS} seconds.` };
  return { seconds };
}
