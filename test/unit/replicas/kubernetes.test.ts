// Pods as replicas without a cluster: the kubectl command lines built, kubectl's output read
// (recorded fixtures: test/fixtures/kubernetes), and the whole capture through a fake kubectl that
// prints those fixtures and answers `get --raw …/pods/POD:PORT/proxy/…` and `port-forward` from
// local Go servers. What a real API server does with those requests is not tested here.
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  capturablePods, checkPodSelection, getPodsArgs, getRawArgs, parseContexts, parsePodList, parsePortForwardLine, podProxyBasePath,
  portForwardArgs, portForwardBaseUrl, type PodSelection,
} from '../../../src/core/capture/kubernetes';
import { findCaptureKind } from '../../../src/core/capture';
import { kubectlCapturePath } from '../../../src/node/replicaCapture';
import { runCli } from '../../../src/cli/main';
import type { CaptureJson } from '../../../src/cli/captureCommand';
import { kubeContexts } from '../../../src/node/kubeReplicas';
import { buildGoServer, hasGo, startGoReplica, type GoReplica } from './goServers';
import { FAKE_KUBECTL } from '../../integration/goserver/fakeKubectl';
import { waitForLeak } from '../../integration/goserver/goServerProcess';

const fixtures = join(__dirname, '../../fixtures/kubernetes');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const selection: PodSelection = { context: 'prod-eu-west', namespace: 'kube-system', selector: 'component=kube-apiserver', port: 6060, scheme: 'http' };

describe('kubernetes: commands and kubectl output', () => {
  it('reads kubectl config get-contexts, the table and -o name', () => {
    assert.deepEqual(parseContexts(fixture('contexts.txt')), [
      { name: 'kind-replicas', current: false, cluster: 'kind-replicas', namespace: '' },
      { name: 'prod-eu-west', current: true, cluster: 'prod-eu-west', namespace: 'kube-system' },
      { name: 'staging', current: false, cluster: 'staging-cluster', namespace: '' },
    ]);
    assert.deepEqual(parseContexts(fixture('contexts-names.txt')).map(c => c.name), ['kind-replicas', 'prod-eu-west', 'staging']);
    assert.deepEqual(parseContexts(''), []);
  });

  it('reads the pod list and keeps the running pods', () => {
    const pods = parsePodList(fixture('pods.json'));
    assert.deepEqual(pods.map(p => [p.name, p.namespace, p.phase, p.ready]), [
      ['kube-apiserver-0', 'kube-system', 'Running', true],
      ['kube-apiserver-1', 'kube-system', 'Running', false],
      ['kube-apiserver-2', 'kube-system', 'Running', true],
      ['kube-apiserver-3', 'kube-system', 'Pending', false],
    ]);
    assert.deepEqual(pods[0].ports, [{ port: 6060, name: 'pprof' }, { port: 6443, name: 'https' }]);
    assert.deepEqual(capturablePods(pods).map(p => p.name), ['kube-apiserver-0', 'kube-apiserver-1', 'kube-apiserver-2']);
    assert.throws(() => parsePodList('error: You must be logged in'), /did not print JSON/);
    assert.throws(() => parsePodList('{"kind":"Status","status":"Failure"}'), /a Status, not a list of pods/);
  });

  it('builds kubectl get pods, get --raw through pods/proxy, and port-forward', () => {
    assert.deepEqual(getPodsArgs(selection), ['--context', 'prod-eu-west', 'get', 'pods', '--namespace', 'kube-system', '--selector', 'component=kube-apiserver', '-o', 'json']);
    assert.deepEqual(getPodsArgs({ ...selection, context: '', selector: '' }), ['get', 'pods', '--namespace', 'kube-system', '-o', 'json']);
    const base = podProxyBasePath(selection, 'kube-apiserver-2');
    assert.equal(base, '/api/v1/namespaces/kube-system/pods/kube-apiserver-2:6060/proxy/debug/pprof/');
    assert.equal(podProxyBasePath({ ...selection, scheme: 'https', port: 6443 }, 'p'), '/api/v1/namespaces/kube-system/pods/https:p:6443/proxy/debug/pprof/');
    assert.equal(podProxyBasePath({ ...selection, pprofPath: '/internal/pprof' }, 'p'), '/api/v1/namespaces/kube-system/pods/p:6060/proxy/internal/pprof/');
    assert.equal(kubectlCapturePath(base, findCaptureKind('goroutine')!), `${base}goroutine?debug=2`);
    assert.equal(kubectlCapturePath(base, findCaptureKind('cpu')!, 15), `${base}profile?seconds=15`);
    assert.deepEqual(getRawArgs('prod-eu-west', `${base}heap`), ['--context', 'prod-eu-west', 'get', '--raw', `${base}heap`]);
    assert.throws(() => getRawArgs('', 'https://evil/'), /not an API server path/);
    assert.deepEqual(portForwardArgs(selection, 'kube-apiserver-0'), ['--context', 'prod-eu-west', 'port-forward', '--namespace', 'kube-system', 'pod/kube-apiserver-0', ':6060', '--address', '127.0.0.1']);
    assert.equal(parsePortForwardLine('Forwarding from 127.0.0.1:54321 -> 6060'), 54321);
    assert.equal(parsePortForwardLine('Forwarding from [::1]:54321 -> 6060'), undefined);
    assert.equal(parsePortForwardLine('Handling connection for 54321'), undefined);
    assert.equal(portForwardBaseUrl(54321, selection), 'http://127.0.0.1:54321/debug/pprof/');
  });

  it('refuses names that could change the path', () => {
    assert.throws(() => podProxyBasePath(selection, '../../secrets'), /not a Kubernetes name/);
    assert.throws(() => portForwardArgs({ ...selection, namespace: 'a/b' }, 'p'), /not a Kubernetes name/);
    assert.match(checkPodSelection({ ...selection, port: 70000 }) ?? '', /not a TCP port/);
    assert.match(checkPodSelection({ ...selection, selector: 'a=b\nc' }) ?? '', /one line/);
    assert.match(checkPodSelection({ ...selection, pprofPath: '/x/../y' }) ?? '', /plain URL path/);
    assert.equal(checkPodSelection(selection), undefined);
  });
});


(hasGo ? describe : describe.skip)('kubernetes: capture through a fake kubectl and real Go servers', function () {
  this.timeout(300_000);
  let servers: GoReplica[] = [];
  let dir: string;
  let log: string;
  const saved = process.env.KUBECTL;

  before(async () => {
    const bin = buildGoServer();
    servers = await Promise.all([startGoReplica(bin), startGoReplica(bin), startGoReplica(bin, ['-leak-every', '100ms'])]);
    await waitForLeak(servers[2].baseUrl, 100);
    dir = mkdtempSync(join(tmpdir(), 'gpe-kube-'));
    const kubectl = join(dir, 'kubectl');
    writeFileSync(kubectl, FAKE_KUBECTL);
    chmodSync(kubectl, 0o755);
    log = join(dir, 'calls.log');
    writeFileSync(log, '');
    const hostPort = (s: GoReplica) => new URL(s.baseUrl).host;
    // kube-apiserver-1 is running but its pod proxy fails (not in the map): reported, not compared.
    Object.assign(process.env, {
      KUBECTL: kubectl, FAKE_KUBE_LOG: log, FAKE_KUBE_PODS: join(fixtures, 'pods.json'), FAKE_KUBE_CONTEXTS: join(fixtures, 'contexts.txt'),
      FAKE_KUBE_PORTS: JSON.stringify({ 'kube-apiserver-0': hostPort(servers[0]), 'kube-apiserver-2': hostPort(servers[2]), 'kube-apiserver-x': hostPort(servers[1]) }),
    });
  });
  after(() => {
    for (const s of servers) s.stop();
    if (saved === undefined) delete process.env.KUBECTL; else process.env.KUBECTL = saved;
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function capture(extra: string[]): Promise<CaptureJson> {
    let out = '', err = '';
    const code = await runCli(['capture', '--context', 'prod-eu-west', '--namespace', 'kube-system', '--selector', 'component=kube-apiserver', 'goroutine', '--out', dir, '--json', ...extra],
      { out: t => { out += t; }, err: t => { err += t; } });
    assert.equal(code, 0, err);
    return JSON.parse(out) as CaptureJson;
  }

  for (const via of ['pods/proxy', 'port-forward'] as const) {
    it(`captures the running pods through ${via} and names the leaking one`, async () => {
      writeFileSync(log, '');
      const json = await capture(via === 'port-forward' ? ['--port-forward'] : []);
      // Port-forwards that did not start are listed after the pods that were captured.
      assert.deepEqual(json.replicas.map(r => r.name), via === 'pods/proxy'
        ? ['kube-apiserver-0', 'kube-apiserver-1', 'kube-apiserver-2'] : ['kube-apiserver-0', 'kube-apiserver-2', 'kube-apiserver-1']);
      assert.match(json.replicas.find(r => r.name === 'kube-apiserver-1')!.error!, /not found/);
      assert.equal(json.rows[0].worst, 'kube-apiserver-2');
      assert.match(json.rows[0].sentence, /^kube-apiserver-2 has [\d,]+ goroutines in main\.leakyDispatch .*, the other 0$/);
      const calls = readFileSync(log, 'utf8').trim().split('\n').map(l => JSON.parse(l) as string[]);
      assert.deepEqual(calls[0], ['--context', 'prod-eu-west', 'get', 'pods', '--namespace', 'kube-system', '--selector', 'component=kube-apiserver', '-o', 'json']);
      if (via === 'pods/proxy') {
        assert.ok(calls.some(c => c.join(' ') === '--context prod-eu-west get --raw /api/v1/namespaces/kube-system/pods/kube-apiserver-2:6060/proxy/debug/pprof/goroutine?debug=2'));
      } else {
        assert.ok(calls.some(c => c.join(' ') === '--context prod-eu-west port-forward --namespace kube-system pod/kube-apiserver-2 :6060 --address 127.0.0.1'));
      }
    });
  }

  it('reads the contexts through kubectl', async () => {
    const contexts = await kubeContexts({ kubectl: process.env.KUBECTL });
    assert.equal(contexts.find(c => c.current)?.name, 'prod-eu-west');
  });
});
