// Capture from replicas for Kubernetes pods in a real VS Code, without a cluster: the command's
// scripted argument (the prompts' answers), goProfileExplorer.capture.kubectlPath set to a
// kubectl stand-in (test/integration/goserver/fakeKubectl.ts) that lists the recorded pods and
// answers pods/proxy and port-forward from local Go servers, one of them leaking. The pods are
// listed, reached and captured on the extension's capture thread; the view must name the leaking pod.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ReplicaViewModel } from '../../src/shared/replicaProtocol';
import { closeAllEditors, hasBrowser, waitInWebview } from './harness';
import { buildGoServer, startGoServer, waitForLeak, type RunningGoServer } from './goserver/goServerProcess';
import { writeFakeKubectl } from './goserver/fakeKubectl';

const CAPTURE_REPLICAS = 'goProfileExplorer.captureReplicas';
const FRAME = 'body[data-view="replicas"]';
const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/kubernetes');

suite('Replicas from Kubernetes pods', () => {
  let tmp = '';
  let log = '';
  const servers: RunningGoServer[] = [];
  const capture = vscode.workspace.getConfiguration('goProfileExplorer.capture');

  suiteSetup(async function () {
    this.timeout(300000);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gpe-pods-'));
    const bin = buildGoServer(tmp);
    servers.push(...await Promise.all([startGoServer(bin), startGoServer(bin), startGoServer(bin, '100ms')]));
    await waitForLeak(servers[2].baseUrl, 20);
    log = path.join(tmp, 'calls.log');
    const hostPort = (s: RunningGoServer) => new URL(s.baseUrl).host;
    // kube-apiserver-1 runs but its pod proxy and port-forward fail (not in the map): reported, not compared.
    const kubectl = writeFakeKubectl(tmp, {
      log, pods: path.join(FIXTURES, 'pods.json'), contexts: path.join(FIXTURES, 'contexts.txt'),
      ports: { 'kube-apiserver-0': hostPort(servers[0]), 'kube-apiserver-2': hostPort(servers[2]), 'kube-apiserver-x': hostPort(servers[1]) },
    });
    await capture.update('kubectlPath', kubectl, vscode.ConfigurationTarget.Global);
  });

  suiteTeardown(async () => {
    await capture.update('kubectlPath', undefined, vscode.ConfigurationTarget.Global);
    for (const s of servers) s.stop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  teardown(closeAllEditors);

  for (const via of ['pods/proxy', 'port-forward'] as const) {
    test(`pods through ${via}: the leaking pod named first, the unreachable one reported`, async function () {
      if (!hasBrowser()) this.skip();
      this.timeout(180000);
      fs.writeFileSync(log, '');
      const model = await vscode.commands.executeCommand<ReplicaViewModel>(CAPTURE_REPLICAS, {
        kind: 'goroutine',
        kubernetes: { context: 'prod-eu-west', namespace: 'kube-system', selector: 'component=kube-apiserver', port: 6060, portForward: via === 'port-forward' },
      });
      const byName = new Map(model.replicas.map(r => [r.name, r]));
      assert.deepStrictEqual([...byName.keys()].sort(), ['kube-apiserver-0', 'kube-apiserver-1', 'kube-apiserver-2']);
      assert.strictEqual(byName.get('kube-apiserver-0')?.state, 'captured');
      assert.strictEqual(byName.get('kube-apiserver-2')?.state, 'captured');
      assert.strictEqual(byName.get('kube-apiserver-1')?.state, 'failed');
      assert.match(byName.get('kube-apiserver-1')!.detail, /not found/);
      const first = await waitInWebview<string>(FRAME, 'the answer', `return document.querySelector('.gpe-answer-first')?.textContent`, 60000);
      assert.match(first, /^kube-apiserver-2 has [\d,]+ goroutines in main\.leakyDispatch \(leak\.go:\d+\) \(chan send\), the other 0$/);
      const calls = fs.readFileSync(log, 'utf8').trim().split('\n').map(l => JSON.parse(l) as string[]);
      assert.deepStrictEqual(calls[0], ['--context', 'prod-eu-west', 'get', 'pods', '--namespace', 'kube-system', '--selector', 'component=kube-apiserver', '-o', 'json']);
      const expected = via === 'pods/proxy'
        ? '--context prod-eu-west get --raw /api/v1/namespaces/kube-system/pods/kube-apiserver-2:6060/proxy/debug/pprof/goroutine?debug=2'
        : '--context prod-eu-west port-forward --namespace kube-system pod/kube-apiserver-2 :6060 --address 127.0.0.1';
      assert.ok(calls.some(c => c.join(' ') === expected), calls.map(c => c.join(' ')).join('\n'));
    });
  }
});
