// Pods as replicas: the pods a namespace and label selector choose (kubectl get pods), each
// reached through the API server's pods/proxy (kubectl get --raw) or through a port-forward of
// our own, started for the capture and stopped after it.
import {
  capturablePods, contextNote, getPodsArgs, kubectlErrorLine, parseContexts, parsePodList, podProxyBasePath, portForwardArgs, portForwardBaseUrl,
  GET_CONTEXTS_ARGS, type KubeContext, type KubePod, type PodSelection,
} from '../core/capture/kubernetes';
import { runKubectl, startPortForward, type PortForward } from './kubectl';
import type { ReplicaTarget } from './replicaCapture';

export interface KubeReplicaOptions {
  readonly kubectl?: string;
  readonly signal?: AbortSignal;
  /** Reach pods by `kubectl port-forward` instead of the API server's pods/proxy. */
  readonly portForward?: boolean;
}

export async function kubeContexts(options: KubeReplicaOptions = {}): Promise<KubeContext[]> {
  const run = await runKubectl(GET_CONTEXTS_ARGS, { kubectl: options.kubectl, signal: options.signal, maxBytes: 4 * 1024 * 1024 });
  if (run.exitCode !== 0) throw new Error(`kubectl config get-contexts failed: ${kubectlErrorLine(run.stderr) || `exit code ${run.exitCode}`}`);
  return parseContexts(new TextDecoder().decode(run.head));
}

/** The running pods the selection chooses; throws when kubectl fails or none runs. */
export async function selectPods(selection: PodSelection, options: KubeReplicaOptions = {}): Promise<KubePod[]> {
  const run = await runKubectl(getPodsArgs(selection), { kubectl: options.kubectl, signal: options.signal, maxBytes: 64 * 1024 * 1024 });
  if (run.exitCode !== 0) throw new Error(`kubectl get pods${contextNote(selection.context)} failed: ${kubectlErrorLine(run.stderr) || `exit code ${run.exitCode}`}`);
  const all = parsePodList(new TextDecoder().decode(run.head));
  const running = capturablePods(all);
  const where = `namespace ${selection.namespace}${selection.selector ? ` with labels ${selection.selector}` : ''}`;
  if (all.length === 0) throw new Error(`No pod in ${where}.`);
  if (running.length === 0) throw new Error(`None of the ${all.length} pods in ${where} is running (${all.map(p => `${p.name}: ${p.phase || 'unknown'}`).join(', ')}).`);
  return running;
}

export interface KubeTargets {
  readonly targets: ReplicaTarget[];
  /** Pods whose port-forward did not start: name and reason. */
  readonly failed: { readonly name: string; readonly error: string }[];
  /** Stops the port-forwards this started (none for pods/proxy). */
  stop(): void;
}

/** One target per pod; with port-forward, the forwards start concurrently and stay up until stop(). */
export async function kubeTargets(selection: PodSelection, pods: readonly KubePod[], options: KubeReplicaOptions = {}): Promise<KubeTargets> {
  if (!options.portForward) {
    const targets = pods.map(p => {
      const basePath = podProxyBasePath(selection, p.name);
      return { name: p.name, source: { kubectlRaw: { context: selection.context, basePath, kubectl: options.kubectl } } };
    });
    return { targets, failed: [], stop: () => undefined };
  }
  const forwards: PortForward[] = [];
  const targets: ReplicaTarget[] = [];
  const failed: { name: string; error: string }[] = [];
  await Promise.all(pods.map(async p => {
    try {
      const forward = await startPortForward(portForwardArgs(selection, p.name), { kubectl: options.kubectl });
      forwards.push(forward);
      targets.push({ name: p.name, source: { baseUrl: portForwardBaseUrl(forward.localPort, selection) } });
    } catch (e) {
      failed.push({ name: p.name, error: e instanceof Error ? e.message : String(e) });
    }
  }));
  const order = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  targets.sort(order);
  failed.sort(order);
  return { targets, failed, stop: () => { for (const f of forwards) f.stop(); } };
}
