// A stand-in for a Kubernetes API server, for tests that run the REAL kubectl without a cluster:
// the discovery documents kubectl reads before `get pods`, the pod list (a recorded fixture,
// filtered by namespace and equality label selectors), and the pods/proxy subresource answered by
// local Go servers. It is what kubectl talks to over plain HTTP, not a model of the API server's
// behaviour: authentication, RBAC, the kubelet hop and port-forward's streams are not in it.
import { readFileSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

export interface FakeApiServer {
  readonly url: string;
  /** Every request's path and query, in order. */
  readonly requests: string[];
  stop(): Promise<void>;
}

export interface FakeApiSetup {
  /** A `kubectl get pods -o json` fixture: its items are the cluster's pods. */
  readonly podsFile: string;
  /** Pod name → the `127.0.0.1:port` of the Go server behind its pods/proxy; other pods' proxy fails as a kubelet that cannot reach them would. */
  readonly proxies: Readonly<Record<string, string>>;
}

interface PodItem { metadata?: { name?: string; namespace?: string; labels?: Record<string, string> } }

function matchesSelector(labels: Record<string, string>, selector: string): boolean {
  // Equality selectors only (a=b, a!=b), all the tests use.
  return selector.split(',').filter(Boolean).every(term => {
    const m = /^([^!=]+)(!=|==|=)(.*)$/.exec(term.trim());
    if (!m) return false;
    return m[2] === '!=' ? labels[m[1]] !== m[3] : labels[m[1]] === m[3];
  });
}

function status(res: http.ServerResponse, code: number, reason: string, message: string): void {
  res.writeHead(code, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code }));
}

export async function startFakeApiServer(setup: FakeApiSetup): Promise<FakeApiServer> {
  const requests: string[] = [];
  const pods = (JSON.parse(readFileSync(setup.podsFile, 'utf8')) as { items: PodItem[] }).items;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    requests.push(`${url.pathname}${url.search}`);
    const json = (body: unknown) => { res.writeHead(200, { 'Content-Type': 'application/json' }); res.end(JSON.stringify(body)); };
    if (url.pathname === '/version') return json({ major: '1', minor: '29', gitVersion: 'v1.29.0-stand-in' });
    if (url.pathname === '/api') return json({ kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1' }] });
    if (url.pathname === '/apis') return json({ kind: 'APIGroupList', apiVersion: 'v1', groups: [] });
    if (url.pathname === '/api/v1') {
      return json({ kind: 'APIResourceList', groupVersion: 'v1', resources: [{ name: 'pods', singularName: 'pod', namespaced: true, kind: 'Pod', verbs: ['get', 'list'], shortNames: ['po'] }] });
    }
    const list = /^\/api\/v1\/namespaces\/([^/]+)\/pods$/.exec(url.pathname);
    if (list) {
      const selector = url.searchParams.get('labelSelector') ?? '';
      const items = pods.filter(p => p.metadata?.namespace === list[1] && matchesSelector(p.metadata?.labels ?? {}, selector)).map(p => ({ apiVersion: 'v1', kind: 'Pod', ...p }));
      return json({ kind: 'PodList', apiVersion: 'v1', metadata: { resourceVersion: '1' }, items });
    }
    const proxy = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/(?:https:)?([^/:]+):(\d+)\/proxy(\/.*)$/.exec(url.pathname);
    if (proxy) {
      const target = setup.proxies[proxy[2]];
      if (!pods.some(p => p.metadata?.name === proxy[2] && p.metadata?.namespace === proxy[1])) return status(res, 404, 'NotFound', `pods "${proxy[2]}" not found`);
      if (!target) return status(res, 503, 'ServiceUnavailable', `error trying to reach service: dial tcp 10.0.0.9:${proxy[3]}: connect: connection refused`);
      const upstream = http.get(`http://${target}${proxy[4]}${url.search}`, answer => {
        res.writeHead(answer.statusCode ?? 502, { 'Content-Type': answer.headers['content-type'] ?? 'application/octet-stream' });
        answer.pipe(res);
      });
      upstream.on('error', e => status(res, 503, 'ServiceUnavailable', `error trying to reach service: ${e.message}`));
      return;
    }
    status(res, 404, 'NotFound', 'the server could not find the requested resource');
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    stop: () => new Promise(resolve => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** A port on 127.0.0.1 that nothing listens on (bound, then closed): an API server that cannot be reached. */
export async function closedPort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>(resolve => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise(resolve => s.close(resolve));
  return port;
}

export interface KubeconfigContext {
  readonly name: string;
  readonly server: string;
  readonly namespace?: string;
}

/** Writes a kubeconfig with these contexts (one cluster each; a made-up token, without which kubectl asks for a user name on https), `current` as current-context. */
export function writeKubeconfig(file: string, contexts: readonly KubeconfigContext[], current: string): string {
  const lines = ['apiVersion: v1', 'kind: Config', 'clusters:'];
  for (const c of contexts) lines.push(`- name: ${c.name}-cluster`, '  cluster:', `    server: ${c.server}`);
  lines.push('contexts:');
  for (const c of contexts) {
    lines.push(`- name: ${c.name}`, '  context:', `    cluster: ${c.name}-cluster`, '    user: tester');
    if (c.namespace) lines.push(`    namespace: ${c.namespace}`);
  }
  lines.push(`current-context: ${current}`, 'users:', '- name: tester', '  user:', '    token: made-up-test-token', 'preferences: {}', '');
  writeFileSync(file, lines.join('\n'));
  return file;
}

/**
 * The real kubectl the tests run: $GPE_TEST_KUBECTL, else `kubectl` on PATH (.ci/run installs
 * Debian's kubernetes-client when there is none). Undefined when there is none.
 */
export function realKubectl(): { path: string; version: string } | undefined {
  const path = process.env.GPE_TEST_KUBECTL || 'kubectl';
  const r = spawnSync(path, ['version', '--client'], { encoding: 'utf8', timeout: 30000, env: { ...process.env, KUBECONFIG: '/dev/null' } });
  if (r.error || r.status !== 0) return undefined;
  const m = /(?:Client Version: |GitVersion:")(v\d[\w.+-]*)/.exec(r.stdout);
  return { path, version: m ? m[1] : r.stdout.trim().split('\n')[0] };
}

/** A script that runs the real kubectl with KUBECONFIG set to this file: for a kubectl the extension's capture thread starts with its own environment. */
export function writeKubectlWithConfig(dir: string, kubectl: string, kubeconfig: string): string {
  const script = join(dir, 'kubectl-with-config');
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  writeFileSync(script, `#!/bin/sh\nKUBECONFIG=${quote(kubeconfig)} exec ${quote(kubectl)} "$@"\n`, { mode: 0o755 });
  return script;
}
