// Pods as replicas with the REAL kubectl and no cluster: kubeconfig files written here, read by
// `kubectl config get-contexts` / `current-context`; an API server that cannot be reached (a closed
// port) for the errors a user sees; and a stand-in API server (test/integration/goserver/fakeApiServer.ts:
// discovery, the pod list, pods/proxy answered by local Go servers) so that kubectl itself runs the
// `get pods` and `get --raw …/proxy/…` command lines the capture builds. Not tested: a real API
// server and kubelet, authentication, and port-forward's streams (only its failure).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kubeContexts, kubeTargets, selectPods } from '../../../src/node/kubeReplicas';
import { captureReplicas } from '../../../src/node/replicaCapture';
import { findCaptureKind } from '../../../src/core/capture';
import { kubectlErrorLine, type KubePod, type PodSelection } from '../../../src/core/capture/kubernetes';
import { runCli } from '../../../src/cli/main';
import type { CaptureJson } from '../../../src/cli/captureCommand';
import { closedPort, realKubectl, startFakeApiServer, writeKubeconfig, type FakeApiServer } from '../../integration/goserver/fakeApiServer';
import { buildGoServer, hasGo, startGoReplica, type GoReplica } from './goServers';
import { waitForLeak } from '../../integration/goserver/goServerProcess';

const kubectl = realKubectl();
const PODS = join(__dirname, '../../fixtures/kubernetes/pods.json');
// CI installs kubectl (.ci/run): there a missing kubectl fails instead of skipping.
const describeKubectl = kubectl || process.env.CI ? describe : describe.skip;

describe('kubectlErrorLine: the line of kubectl stderr a user is shown', () => {
  it('skips the retries kubectl logs and keeps its own message', () => {
    const stderr = [
      'E1203 11:24:08.727067    9998 memcache.go:265] "Unhandled Error" err="couldn\'t get current server API group list: Get \\"https://127.0.0.1:1/api?timeout=32s\\": dial tcp 127.0.0.1:1: connect: connection refused"',
      'E1203 11:24:08.735583    9998 memcache.go:265] "Unhandled Error" err="couldn\'t get current server API group list"',
      'The connection to the server 127.0.0.1:1 was refused - did you specify the right host or port?',
      '',
    ].join('\n');
    assert.equal(kubectlErrorLine(stderr), 'The connection to the server 127.0.0.1:1 was refused - did you specify the right host or port?');
    assert.equal(kubectlErrorLine('W1203 10:00:00.000001   42 loader.go:222] Config not found: /x\n'), 'Config not found: /x');
    assert.equal(kubectlErrorLine('error: context "nope" does not exist\n'), 'error: context "nope" does not exist');
    assert.equal(kubectlErrorLine(''), '');
  });
});

describeKubectl(`real kubectl (${kubectl ? `${kubectl.path} ${kubectl.version}` : 'not installed'}) with kubeconfigs written by the test`, function () {
  this.timeout(120_000);
  let dir = '';
  let unreachable = 0;
  const savedKubeconfig = process.env.KUBECONFIG, savedKubectl = process.env.KUBECTL;
  const bin = kubectl?.path ?? 'kubectl';

  before(async () => {
    assert.ok(kubectl, 'kubectl is installed (CI: .ci/run installs Debian\'s kubernetes-client)');
    dir = mkdtempSync(join(tmpdir(), 'gpe-kubectl-'));
    process.env.KUBECTL = bin;
    unreachable = await closedPort();
  });
  after(() => {
    if (savedKubeconfig === undefined) delete process.env.KUBECONFIG; else process.env.KUBECONFIG = savedKubeconfig;
    if (savedKubectl === undefined) delete process.env.KUBECTL; else process.env.KUBECTL = savedKubectl;
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function useKubeconfig(name: string, current: string): string {
    const file = writeKubeconfig(join(dir, name), [
      { name: 'prod-eu-west', server: `https://127.0.0.1:${unreachable}`, namespace: 'kube-system' },
      { name: 'gke_my-project_europe-west1_apiserver-cluster', server: `https://127.0.0.1:${unreachable}` },
      { name: 'kind-replicas', server: `http://127.0.0.1:${unreachable}`, namespace: 'monitoring' },
    ], current);
    process.env.KUBECONFIG = file;
    return file;
  }

  it('reads the contexts of `kubectl config get-contexts`, the current one as `kubectl config current-context` says', async () => {
    useKubeconfig('config-a', 'gke_my-project_europe-west1_apiserver-cluster');
    const contexts = await kubeContexts({ kubectl: bin });
    assert.deepEqual(contexts.map(c => [c.name, c.cluster, c.namespace, c.current]).sort(), [
      ['gke_my-project_europe-west1_apiserver-cluster', 'gke_my-project_europe-west1_apiserver-cluster-cluster', '', true],
      ['kind-replicas', 'kind-replicas-cluster', 'monitoring', false],
      ['prod-eu-west', 'prod-eu-west-cluster', 'kube-system', false],
    ]);
    const current = spawnSync(bin, ['config', 'current-context'], { encoding: 'utf8' }).stdout.trim();
    assert.equal(contexts.find(c => c.current)?.name, current);

    // kubectl config use-context rewrites the file; the next read follows it.
    assert.equal(spawnSync(bin, ['config', 'use-context', 'kind-replicas'], { encoding: 'utf8' }).status, 0);
    assert.equal((await kubeContexts({ kubectl: bin })).find(c => c.current)?.name, 'kind-replicas');
    assert.equal(spawnSync(bin, ['config', 'current-context'], { encoding: 'utf8' }).stdout.trim(), 'kind-replicas');
  });

  it('reads a kubeconfig without contexts as none, and names a kubectl that is not there', async () => {
    writeKubeconfig(join(dir, 'empty'), [], '""');
    process.env.KUBECONFIG = join(dir, 'empty');
    assert.deepEqual(await kubeContexts({ kubectl: bin }), []);
    await assert.rejects(kubeContexts({ kubectl: join(dir, 'no-kubectl-here') }), /no-kubectl-here was not found: install kubectl or set goProfileExplorer\.capture\.kubectlPath/);
  });

  it('says which context failed and why when its API server cannot be reached (get pods)', async () => {
    useKubeconfig('config-b', 'prod-eu-west');
    const selection: PodSelection = { context: 'prod-eu-west', namespace: 'kube-system', selector: 'component=kube-apiserver', port: 6060, scheme: 'http' };
    await assert.rejects(selectPods(selection, { kubectl: bin }), (e: Error) => {
      assert.equal(e.message, `kubectl get pods (context prod-eu-west) failed: The connection to the server 127.0.0.1:${unreachable} was refused - did you specify the right host or port?`);
      return true;
    });
    await assert.rejects(selectPods({ ...selection, context: 'no-such-context' }, { kubectl: bin }), /^Error: kubectl get pods \(context no-such-context\) failed: .*context "no-such-context" (does not exist|was not found)/);

    let out = '', err = '';
    const code = await runCli(['capture', '--context', 'prod-eu-west', '--namespace', 'kube-system', '--selector', 'component=kube-apiserver', 'goroutine', '--out', dir],
      { out: t => { out += t; }, err: t => { err += t; } });
    assert.notEqual(code, 0, out);
    assert.match(err, new RegExp(`kubectl get pods \\(context prod-eu-west\\) failed: The connection to the server 127\\.0\\.0\\.1:${unreachable} was refused`));
  });

  it('reports each pod whose pods/proxy or port-forward cannot reach the API server', async () => {
    useKubeconfig('config-c', 'prod-eu-west');
    const selection: PodSelection = { context: 'prod-eu-west', namespace: 'kube-system', selector: '', port: 6060, scheme: 'http' };
    const pods: KubePod[] = ['kube-apiserver-0', 'kube-apiserver-1'].map(name => ({ name, namespace: 'kube-system', phase: 'Running', ready: true, ports: [] }));
    const proxied = await kubeTargets(selection, pods, { kubectl: bin });
    const results = await captureReplicas(proxied.targets, { kind: findCaptureKind('heap')!, folder: dir, timeoutMs: 30_000 });
    assert.deepEqual(results.map(r => r.name), ['kube-apiserver-0', 'kube-apiserver-1']);
    for (const r of results) {
      assert.equal(r.file, undefined);
      assert.equal(r.error, `kubectl get --raw /api/v1/namespaces/kube-system/pods/${r.name}:6060/proxy/debug/pprof/heap failed: The connection to the server 127.0.0.1:${unreachable} was refused - did you specify the right host or port?`);
    }
    const forwarded = await kubeTargets(selection, pods, { kubectl: bin, portForward: true });
    forwarded.stop();
    assert.deepEqual(forwarded.targets, []);
    assert.deepEqual(forwarded.failed.map(f => f.name), ['kube-apiserver-0', 'kube-apiserver-1']);
    for (const f of forwarded.failed) assert.match(f.error, new RegExp(`^kubectl port-forward ended \\(exit code 1\\): The connection to the server 127\\.0\\.0\\.1:${unreachable} was refused`));
  });
});

(hasGo ? describeKubectl : describe.skip)('real kubectl against a stand-in API server and real Go servers', function () {
  this.timeout(300_000);
  let dir = '';
  let api: FakeApiServer;
  let servers: GoReplica[] = [];
  const savedKubeconfig = process.env.KUBECONFIG, savedKubectl = process.env.KUBECTL;
  const bin = kubectl?.path ?? 'kubectl';

  before(async () => {
    const goBin = buildGoServer();
    servers = await Promise.all([startGoReplica(goBin), startGoReplica(goBin, ['-leak-every', '100ms'])]);
    await waitForLeak(servers[1].baseUrl, 100);
    dir = mkdtempSync(join(tmpdir(), 'gpe-kubectl-api-'));
    process.env.KUBECTL = bin;
    const hostPort = (s: GoReplica) => new URL(s.baseUrl).host;
    // kube-apiserver-1 runs, but the stand-in cannot reach it (as a kubelet that cannot): reported, not compared.
    api = await startFakeApiServer({ podsFile: PODS, proxies: { 'kube-apiserver-0': hostPort(servers[0]), 'kube-apiserver-2': hostPort(servers[1]) } });
    process.env.KUBECONFIG = writeKubeconfig(join(dir, 'config'), [{ name: 'stand-in', server: api.url }], 'stand-in');
  });
  after(async () => {
    for (const s of servers) s.stop();
    await api?.stop();
    if (savedKubeconfig === undefined) delete process.env.KUBECONFIG; else process.env.KUBECONFIG = savedKubeconfig;
    if (savedKubectl === undefined) delete process.env.KUBECTL; else process.env.KUBECTL = savedKubectl;
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('goprof capture through pods/proxy: kubectl lists the pods, reads each through the API server, the leaking pod is named', async () => {
    api.requests.length = 0;
    let out = '', err = '';
    const code = await runCli(['capture', '--context', 'stand-in', '--namespace', 'kube-system', '--selector', 'component=kube-apiserver', 'goroutine', '--out', dir, '--json'],
      { out: t => { out += t; }, err: t => { err += t; } });
    assert.equal(code, 0, err);
    const json = JSON.parse(out) as CaptureJson;
    assert.deepEqual(json.replicas.map(r => r.name), ['kube-apiserver-0', 'kube-apiserver-1', 'kube-apiserver-2']);
    assert.match(json.replicas[1].error ?? '', /^kubectl get --raw \/api\/v1\/namespaces\/kube-system\/pods\/kube-apiserver-1:6060\/proxy\/debug\/pprof\/goroutine\?debug=2 failed: Error from server \(ServiceUnavailable\): error trying to reach service/);
    assert.equal(json.rows[0].worst, 'kube-apiserver-2');
    assert.match(json.rows[0].sentence, /^kube-apiserver-2 has [\d,]+ goroutines in main\.leakyDispatch .*, the other 0$/);
    assert.match(readFileSync(json.replicas[2].file!, 'utf8'), /^goroutine \d+ \[/);
    // What kubectl itself asked the API server for.
    assert.ok(api.requests.includes('/api/v1/namespaces/kube-system/pods?labelSelector=component%3Dkube-apiserver&limit=500'), api.requests.join('\n'));
    for (const pod of ['kube-apiserver-0', 'kube-apiserver-1', 'kube-apiserver-2']) {
      assert.ok(api.requests.includes(`/api/v1/namespaces/kube-system/pods/${pod}:6060/proxy/debug/pprof/goroutine?debug=2`), api.requests.join('\n'));
    }
    assert.ok(!api.requests.some(r => r.includes('kube-apiserver-3')), 'the pending pod is not asked');
  });
});
