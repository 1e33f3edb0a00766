// Kubernetes pods as capture replicas, without a client library: the kubectl command lines the
// capture runs (with the user's kubeconfig) and the reading of what kubectl prints. Pure: the
// Node side (src/node/kubectl.ts) runs them. Two ways to reach a pod's /debug/pprof/:
//  - the API server's pods/proxy subresource: `kubectl get --raw /api/v1/namespaces/NS/pods/[https:]POD:PORT/proxy/debug/pprof/heap`
//  - `kubectl port-forward pod/POD :PORT`, one per pod, then plain http://127.0.0.1:LOCAL/debug/pprof/

export interface KubeContext {
  readonly name: string;
  readonly current: boolean;
  readonly cluster: string;
  readonly namespace: string;
}

export interface KubePod {
  readonly name: string;
  readonly namespace: string;
  readonly phase: string;
  /** The Ready condition is True. */
  readonly ready: boolean;
  /** Container ports: number and (possibly empty) name. */
  readonly ports: readonly { readonly port: number; readonly name: string }[];
}

export interface PodSelection {
  /** Empty: kubectl's current context. */
  readonly context: string;
  readonly namespace: string;
  /** A label selector, e.g. `component=kube-apiserver`; empty selects every pod of the namespace. */
  readonly selector: string;
  readonly port: number;
  readonly scheme: 'http' | 'https';
  /** Where the pprof handlers are on the pod. Default `/debug/pprof/`. */
  readonly pprofPath?: string;
}

// DNS-1123 (namespaces, pod names): nothing that could change the path built from it.
const DNS_NAME = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;

export function checkKubeName(what: string, name: string): string | undefined {
  return DNS_NAME.test(name) ? undefined : `${what} "${name}" is not a Kubernetes name (lower-case letters, digits, '-' and '.').`;
}

/** Validates a selection: the error text, or undefined. */
export function checkPodSelection(s: PodSelection): string | undefined {
  const ns = checkKubeName('Namespace', s.namespace);
  if (ns) return ns;
  if (/[\r\n]/.test(s.selector) || s.selector.length > 1024) return 'The label selector must be one line, e.g. app=apiserver,tier!=canary.';
  if (!Number.isInteger(s.port) || s.port < 1 || s.port > 65535) return `Port ${s.port} is not a TCP port (1–65535).`;
  const path = s.pprofPath ?? '/debug/pprof/';
  if (!/^\/[A-Za-z0-9._~\-/]*$/.test(path) || path.split('/').includes('..')) return `"${path}" is not a plain URL path such as /debug/pprof/.`;
  return undefined;
}

const contextArgs = (context: string): string[] => (context ? ['--context', context] : []);

// klog's prefix, e.g. `E1203 11:24:08.727067    9998 memcache.go:265] `: kubectl's log of each retry.
const KLOG_PREFIX = /^[IWEF]\d{4} \d\d:\d\d:\d\d\.\d+\s+\d+ [^\]\s]+\] /;
const MAX_ERROR_LINE = 400;

/**
 * The one line of kubectl's stderr that says what went wrong: kubectl logs every retry (klog
 * lines) before its own message ("The connection to the server … was refused …", "error: …"),
 * so the last line that is not a log line; a log line without its prefix when there is no other.
 */
export function kubectlErrorLine(stderr: string): string {
  const lines = stderr.split(/\r?\n/).map(l => l.trim()).filter(Boolean);
  const own = lines.filter(l => !KLOG_PREFIX.test(l));
  const line = own.length > 0 ? own[own.length - 1] : (lines[lines.length - 1] ?? '').replace(KLOG_PREFIX, '');
  return line.length > MAX_ERROR_LINE ? `${line.slice(0, MAX_ERROR_LINE)}…` : line;
}

/** `(context NAME)`, or nothing for kubectl's current context: said in errors so the user sees which cluster was asked. */
export function contextNote(context: string): string {
  return context ? ` (context ${context})` : '';
}

/** `kubectl config get-contexts`: the table with the current context marked. */
export const GET_CONTEXTS_ARGS: readonly string[] = ['config', 'get-contexts'];

/**
 * Reads `kubectl config get-contexts` output (CURRENT NAME CLUSTER AUTHINFO NAMESPACE, columns
 * aligned by kubectl's tab writer) or, one name a line, `kubectl config get-contexts -o name`.
 */
export function parseContexts(text: string): KubeContext[] {
  const lines = text.split(/\r?\n/).filter(l => l.trim() !== '');
  if (lines.length === 0) return [];
  const header = lines[0];
  if (!/^CURRENT\s+NAME\s+CLUSTER/.test(header)) return lines.map(l => ({ name: l.trim(), current: false, cluster: '', namespace: '' }));
  const column = (name: string) => header.indexOf(name);
  const nameAt = column('NAME'), clusterAt = column('CLUSTER'), authAt = column('AUTHINFO'), nsAt = column('NAMESPACE');
  const cell = (line: string, from: number, to: number) => (from < 0 ? '' : line.slice(from, to < 0 ? undefined : to).trim());
  return lines.slice(1).map(line => ({
    name: cell(line, nameAt, clusterAt),
    current: line.slice(0, nameAt).includes('*'),
    cluster: cell(line, clusterAt, authAt),
    namespace: cell(line, nsAt, -1),
  })).filter(c => c.name !== '');
}

/** `kubectl [--context C] get pods --namespace NS [--selector SEL] -o json` */
export function getPodsArgs(s: Pick<PodSelection, 'context' | 'namespace' | 'selector'>): string[] {
  return [...contextArgs(s.context), 'get', 'pods', '--namespace', s.namespace, ...(s.selector ? ['--selector', s.selector] : []), '-o', 'json'];
}

function record(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? v as Record<string, unknown> : {};
}
function array(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
function text(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/** The pods of `kubectl get pods -o json` (a v1 List or PodList), by name. Throws on text that is no such list. */
export function parsePodList(json: string): KubePod[] {
  let parsed: unknown;
  try { parsed = JSON.parse(json); } catch { throw new Error('kubectl did not print JSON for the pod list.'); }
  const list = record(parsed);
  if (!Array.isArray(list.items)) throw new Error(`kubectl printed a ${text(list.kind) || 'JSON value'}, not a list of pods.`);
  const pods: KubePod[] = [];
  for (const item of list.items) {
    const pod = record(item);
    if (pod.kind !== undefined && pod.kind !== 'Pod') continue;
    const metadata = record(pod.metadata), status = record(pod.status), spec = record(pod.spec);
    const name = text(metadata.name);
    if (!name) continue;
    const ready = array(status.conditions).some(c => text(record(c).type) === 'Ready' && text(record(c).status) === 'True');
    const ports = array(spec.containers).flatMap(c => array(record(c).ports)).map(p => ({ port: Number(record(p).containerPort), name: text(record(p).name) }))
      .filter(p => Number.isInteger(p.port) && p.port > 0);
    pods.push({ name, namespace: text(metadata.namespace), phase: text(status.phase), ready, ports });
  }
  return pods.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Pods a capture can reach: running (a pending or finished pod has no process to ask). */
export function capturablePods(pods: readonly KubePod[]): KubePod[] {
  return pods.filter(p => p.phase === 'Running');
}

/** The API server path of a pod's pprof base through pods/proxy: `/api/v1/namespaces/NS/pods/[https:]POD:PORT/proxy/debug/pprof/`. */
export function podProxyBasePath(s: Pick<PodSelection, 'namespace' | 'port' | 'scheme' | 'pprofPath'>, pod: string): string {
  const bad = checkKubeName('Namespace', s.namespace) ?? checkKubeName('Pod', pod);
  if (bad) throw new Error(bad);
  const path = s.pprofPath ?? '/debug/pprof/';
  const target = `${s.scheme === 'https' ? 'https:' : ''}${pod}:${s.port}`;
  return `/api/v1/namespaces/${s.namespace}/pods/${target}/proxy${path.endsWith('/') ? path : `${path}/`}`;
}

/** `kubectl [--context C] get --raw PATH`: PATH as podProxyBasePath and the capture kind make it. */
export function getRawArgs(context: string, path: string): string[] {
  if (!path.startsWith('/api/')) throw new Error(`not an API server path: ${path}`);
  return [...contextArgs(context), 'get', '--raw', path];
}

/** `kubectl [--context C] port-forward --namespace NS pod/POD :PORT --address 127.0.0.1`: a free local port, loopback only. */
export function portForwardArgs(s: Pick<PodSelection, 'context' | 'namespace' | 'port'>, pod: string): string[] {
  const bad = checkKubeName('Namespace', s.namespace) ?? checkKubeName('Pod', pod);
  if (bad) throw new Error(bad);
  return [...contextArgs(s.context), 'port-forward', '--namespace', s.namespace, `pod/${pod}`, `:${s.port}`, '--address', '127.0.0.1'];
}

/** The local port of kubectl port-forward's "Forwarding from 127.0.0.1:54321 -> 6060"; undefined for other lines. */
export function parsePortForwardLine(line: string): number | undefined {
  const m = /^Forwarding from 127\.0\.0\.1:(\d{1,5}) -> \d{1,5}\s*$/.exec(line.trim());
  if (!m) return undefined;
  const port = Number(m[1]);
  return port > 0 && port < 65536 ? port : undefined;
}

/** The base URL of a port-forwarded pod. */
export function portForwardBaseUrl(localPort: number, s: Pick<PodSelection, 'scheme' | 'pprofPath'>): string {
  const path = s.pprofPath ?? '/debug/pprof/';
  return `${s.scheme}://127.0.0.1:${localPort}${path.endsWith('/') ? path : `${path}/`}`;
}
