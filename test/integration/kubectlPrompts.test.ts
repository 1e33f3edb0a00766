// "Capture from replicas…" → "Kubernetes pods…" as a user answers it, in a real VS Code with the
// REAL kubectl (goProfileExplorer.capture.kubectlPath: a script that runs it with a kubeconfig this
// test writes). The prompts are read from the workbench's quick input and answered by typing:
// the kubeconfig's contexts (as `kubectl config get-contexts` lists them), the namespace, the label
// selector, the port, the way to reach the pods, the profile. No cluster: one context's API server
// cannot be reached (the clear error is checked, in the notification and in the view); the other is
// a stand-in API server (test/integration/goserver/fakeApiServer.ts) that kubectl lists the pods
// from and reads pods/proxy through, answered by local Go servers, one of them leaking.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ReplicaViewModel } from '../../src/shared/replicaProtocol';
import { DARK_THEME, closeAllEditors, hasBrowser, inDarkTheme, inWebview, screenshot, waitInWebview, withColorTheme } from './harness';
import { buildGoServer, startGoServer, waitForLeak, type RunningGoServer } from './goserver/goServerProcess';
import {
  closedPort, realKubectl, startFakeApiServer, writeKubeconfig, writeKubectlWithConfig, type FakeApiServer,
} from './goserver/fakeApiServer';

const CAPTURE_REPLICAS = 'goProfileExplorer.captureReplicas';
const VIEW = 'body[data-view="replicas"]';
const WORKBENCH = '.monaco-workbench';
const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/kubernetes');

interface QuickInputState {
  title: string;
  value: string;
  message: string;
  items: { label: string; description: string }[];
}

/** The quick input on screen: its title, typed value, validation message and items. */
const READ_QUICK_INPUT = `
  const w = document.querySelector('.quick-input-widget');
  if (!w || w.style.display === 'none' || w.offsetParent === null) return null;
  const text = sel => (w.querySelector(sel)?.textContent ?? '').trim();
  const items = [...w.querySelectorAll('.quick-input-list .monaco-list-row')].map(row => ({
    label: (row.querySelector('.label-name')?.textContent ?? '').trim(),
    description: (row.querySelector('.label-description')?.textContent ?? '').trim(),
  }));
  return { title: text('.quick-input-title'), value: w.querySelector('.quick-input-box input')?.value ?? '', message: text('.quick-input-message'), items };
`;

async function waitForPrompt(title: string, until: (s: QuickInputState) => boolean = () => true): Promise<QuickInputState> {
  const end = Date.now() + 30000;
  let last: QuickInputState | null = null;
  for (;;) {
    last = await inWebview<QuickInputState | null>({ frame: WORKBENCH, op: 'eval', script: READ_QUICK_INPUT });
    if (last && last.title === title && until(last)) return last;
    if (Date.now() > end) throw new Error(`no prompt "${title}" after 30 s (on screen: ${JSON.stringify(last)})`);
    await new Promise(r => setTimeout(r, 200));
  }
}

/** Types into the quick input (replacing what is there) and presses Enter. */
async function answer(text: string | undefined): Promise<void> {
  const input = '.quick-input-widget .quick-input-box input';
  if (text !== undefined) await inWebview({ frame: WORKBENCH, op: 'type', selector: input, text });
  await new Promise(r => setTimeout(r, 300));
  await inWebview({ frame: WORKBENCH, op: 'press', selector: input, key: 'Enter' });
}

const kubectl = realKubectl();

suite('Replicas from Kubernetes pods: the prompts, with the real kubectl', () => {
  let tmp = '';
  let unreachable = 0;
  let api: FakeApiServer | undefined;
  const servers: RunningGoServer[] = [];
  const capture = vscode.workspace.getConfiguration('goProfileExplorer.capture');

  suiteSetup(async function () {
    this.timeout(300000);
    // CI installs kubectl (.ci/run): there a missing one fails instead of skipping.
    if (!kubectl && !process.env.CI) this.skip();
    assert.ok(kubectl, 'kubectl is installed (.ci/run installs Debian\'s kubernetes-client)');
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gpe-kprompt-'));
    const bin = buildGoServer(tmp);
    servers.push(...await Promise.all([startGoServer(bin), startGoServer(bin, '100ms')]));
    await waitForLeak(servers[1].baseUrl, 20);
    const hostPort = (s: RunningGoServer) => new URL(s.baseUrl).host;
    api = await startFakeApiServer({ podsFile: path.join(FIXTURES, 'pods.json'), proxies: { 'kube-apiserver-0': hostPort(servers[0]), 'kube-apiserver-2': hostPort(servers[1]) } });
    unreachable = await closedPort();
    const kubeconfig = writeKubeconfig(path.join(tmp, 'kubeconfig'), [
      { name: 'prod-eu-west', server: `https://127.0.0.1:${unreachable}`, namespace: 'kube-system' },
      { name: 'stand-in', server: api.url },
    ], 'stand-in');
    await capture.update('kubectlPath', writeKubectlWithConfig(tmp, kubectl.path, kubeconfig), vscode.ConfigurationTarget.Global);
  });

  suiteTeardown(async () => {
    await capture.update('kubectlPath', undefined, vscode.ConfigurationTarget.Global);
    for (const s of servers) s.stop();
    await api?.stop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await closeAllEditors();
  });

  test(`asks context, namespace, selector, port and way; an unreachable API server is a clear error (kubectl ${kubectl?.version ?? 'missing'})`, async function () {
    if (!hasBrowser()) this.skip();
    this.timeout(180000);
    const pending = vscode.commands.executeCommand<ReplicaViewModel | undefined>(CAPTURE_REPLICAS);

    const which = await waitForPrompt('Capture from replicas');
    assert.deepStrictEqual(which.items.map(i => i.label), ['Base URLs…', 'Kubernetes pods…']);
    await answer('Kubernetes pods');

    const contexts = await waitForPrompt('Capture from pods: kubeconfig context');
    // kubectl's current context first, each with its cluster and namespace.
    assert.deepStrictEqual(contexts.items, [
      { label: 'stand-in', description: 'current · stand-in-cluster' },
      { label: 'prod-eu-west', description: 'prod-eu-west-cluster · namespace kube-system' },
    ]);
    await screenshot('kubectl-prompt-contexts-light');
    await withColorTheme(DARK_THEME, async () => {
      await new Promise(r => setTimeout(r, 1000));
      await screenshot('kubectl-prompt-contexts-dark');
    });
    await waitForPrompt('Capture from pods: kubeconfig context');
    await answer('prod-eu-west');

    // The context's namespace is offered.
    const namespace = await waitForPrompt('Capture from pods: namespace');
    assert.strictEqual(namespace.value, 'kube-system');
    await answer(undefined);

    const selector = await waitForPrompt('Capture from pods: label selector');
    assert.match(selector.message, /kubectl --selector syntax/);
    await answer('component=kube-apiserver');

    const port = await waitForPrompt('Capture from pods: pprof port');
    assert.strictEqual(port.value, '6060');
    await inWebview({ frame: WORKBENCH, op: 'type', selector: '.quick-input-widget .quick-input-box input', text: 'pprof' });
    // Refused as typed, with what to type instead.
    await waitForPrompt('Capture from pods: pprof port', s => s.message.startsWith('Enter the pods\' pprof port, e.g. 6060, or https:6443 for https.'));
    await answer('6060');

    const way = await waitForPrompt('Capture from pods: how to reach them');
    assert.deepStrictEqual(way.items, [
      { label: 'Through the API server (pods/proxy)', description: 'kubectl get --raw …/pods/POD:PORT/proxy/…' },
      { label: 'kubectl port-forward per pod', description: 'started for the capture, stopped after it' },
    ]);
    await answer('port-forward');

    const kind = await waitForPrompt('Capture from replicas: which profile?');
    assert.ok(kind.items.some(i => i.label === 'goroutine (debug=2 text)'), JSON.stringify(kind.items));
    await answer('goroutine (debug=2');

    // kubectl get pods is the first step of both ways, and the API server is not there.
    const expected = `kubectl get pods (context prod-eu-west) failed: The connection to the server 127.0.0.1:${unreachable} was refused - did you specify the right host or port?`;
    assert.strictEqual(await pending, undefined);
    const shown = await waitInWebview<string>(VIEW, 'the error', `return document.querySelector('.gpe-error')?.textContent`, 60000);
    assert.strictEqual(shown, expected);
    // The notifications list, not the toasts: an error toast without actions hides itself after 20 s,
    // which a slow machine can spend before the view shows the error.
    await vscode.commands.executeCommand('notifications.showList');
    const toast = await waitInWebview<string>(WORKBENCH, 'the error notification',
      `return [...document.querySelectorAll('.notification-list-item-message')].map(e => e.textContent).find(t => t.includes('kubectl get pods'))`, 20000);
    await vscode.commands.executeCommand('notifications.hideList');
    assert.strictEqual(toast, `Go Profile: ${expected}`);
    await screenshot('kubectl-unreachable-light');
    await inDarkTheme(VIEW, () => screenshot('kubectl-unreachable-dark'));
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  test('the answers are remembered; through a stand-in API server the real kubectl captures the pods and the leaking one is named', async function () {
    if (!hasBrowser()) this.skip();
    this.timeout(180000);
    api!.requests.length = 0;
    const pending = vscode.commands.executeCommand<ReplicaViewModel | undefined>(CAPTURE_REPLICAS);
    await waitForPrompt('Capture from replicas');
    await answer('Kubernetes pods');

    // The context used last comes first.
    const contexts = await waitForPrompt('Capture from pods: kubeconfig context');
    assert.deepStrictEqual(contexts.items.map(i => i.label), ['prod-eu-west', 'stand-in']);
    await answer('stand-in');
    // stand-in has no namespace of its own: the last one stays, as do the selector and port.
    assert.strictEqual((await waitForPrompt('Capture from pods: namespace')).value, 'kube-system');
    await answer(undefined);
    assert.strictEqual((await waitForPrompt('Capture from pods: label selector')).value, 'component=kube-apiserver');
    await answer(undefined);
    assert.strictEqual((await waitForPrompt('Capture from pods: pprof port')).value, '6060');
    await answer(undefined);
    await waitForPrompt('Capture from pods: how to reach them');
    await answer('API server');
    await waitForPrompt('Capture from replicas: which profile?');
    await answer('goroutine (debug=2');

    const model = await pending;
    assert.ok(model, 'the capture finished');
    const byName = new Map(model.replicas.map(r => [r.name, r]));
    assert.deepStrictEqual([...byName.keys()].sort(), ['kube-apiserver-0', 'kube-apiserver-1', 'kube-apiserver-2']);
    assert.strictEqual(byName.get('kube-apiserver-1')?.state, 'failed');
    assert.match(byName.get('kube-apiserver-1')!.detail, /Error from server \(ServiceUnavailable\): error trying to reach service/);
    const first = await waitInWebview<string>(VIEW, 'the answer', `return document.querySelector('.gpe-answer-first')?.textContent`, 60000);
    assert.match(first, /^kube-apiserver-2 has [\d,]+ goroutines in main\.leakyDispatch \(leak\.go:\d+\) \(chan send\), the other 0$/);
    // What the real kubectl asked the API server for.
    assert.ok(api!.requests.includes('/api/v1/namespaces/kube-system/pods?labelSelector=component%3Dkube-apiserver&limit=500'), api!.requests.join('\n'));
    assert.ok(api!.requests.includes('/api/v1/namespaces/kube-system/pods/kube-apiserver-2:6060/proxy/debug/pprof/goroutine?debug=2'), api!.requests.join('\n'));
  });
});
