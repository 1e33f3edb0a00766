// The kubectl stand-in of the Kubernetes replica tests (goprof's unit tests and the extension's
// integration test): no cluster, the recorded fixtures (test/fixtures/kubernetes) and local Go servers.
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// A kubectl stand-in: prints the fixtures, serves get --raw pod proxy paths and port-forward from
// the Go servers in FAKE_KUBE_PORTS ({pod: "127.0.0.1:port"}), and logs every call to FAKE_KUBE_LOG.
export const FAKE_KUBECTL = `#!/usr/bin/env node
const fs = require('fs'); const http = require('http');
// Settings written beside the script win over the environment (a thread that started earlier keeps its environment).
try { Object.assign(process.env, JSON.parse(fs.readFileSync(__filename + '.json', 'utf8'))); } catch {}
const args = process.argv.slice(2);
fs.appendFileSync(process.env.FAKE_KUBE_LOG, JSON.stringify(args) + '\\n');
const ports = JSON.parse(process.env.FAKE_KUBE_PORTS);
const rest = args[0] === '--context' ? args.slice(2) : args;
if (rest[0] === 'config' && rest[1] === 'get-contexts') { process.stdout.write(fs.readFileSync(process.env.FAKE_KUBE_CONTEXTS)); return; }
if (rest[0] === 'get' && rest[1] === 'pods') { process.stdout.write(fs.readFileSync(process.env.FAKE_KUBE_PODS)); return; }
if (rest[0] === 'get' && rest[1] === '--raw') {
  const m = /^\\/api\\/v1\\/namespaces\\/([^/]+)\\/pods\\/(?:https:)?([^/:]+):(\\d+)\\/proxy(\\/.*)$/.exec(rest[2]);
  if (!m || !ports[m[2]]) { process.stderr.write('Error from server (NotFound): pods "' + (m ? m[2] : '?') + '" not found\\n'); process.exit(1); }
  http.get('http://' + ports[m[2]] + m[4], res => res.pipe(process.stdout)).on('error', e => { process.stderr.write(String(e)); process.exit(1); });
  return;
}
if (rest[0] === 'port-forward') {
  const pod = rest[3].slice(4);
  if (!ports[pod]) { process.stderr.write('error: pod not found\\n'); process.exit(1); }
  process.stdout.write('Forwarding from 127.0.0.1:' + ports[pod].split(':')[1] + ' -> ' + rest[4].slice(1) + '\\n');
  setInterval(() => {}, 1000);
  return;
}
process.stderr.write('fake kubectl: unexpected ' + args.join(' ') + '\\n'); process.exit(1);
`;

export interface FakeKubeSetup {
  /** The log every call goes to, one JSON array of arguments a line. */
  readonly log: string;
  readonly pods: string;
  readonly contexts: string;
  /** Pod name → the `127.0.0.1:port` of the Go server that answers for it. */
  readonly ports: Readonly<Record<string, string>>;
}

/** Writes `DIR/kubectl` with its settings beside it (`kubectl.json`); returns the script's path. */
export function writeFakeKubectl(dir: string, setup: FakeKubeSetup): string {
  const kubectl = join(dir, 'kubectl');
  writeFileSync(kubectl, FAKE_KUBECTL);
  chmodSync(kubectl, 0o755);
  writeFileSync(`${kubectl}.json`, JSON.stringify({
    FAKE_KUBE_LOG: setup.log, FAKE_KUBE_PODS: setup.pods, FAKE_KUBE_CONTEXTS: setup.contexts, FAKE_KUBE_PORTS: JSON.stringify(setup.ports),
  }));
  writeFileSync(setup.log, '');
  return kubectl;
}
