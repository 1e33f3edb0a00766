// Capture from URL… in the real VS Code against hostile servers (Node servers on 127.0.0.1 in this
// extension host): a byte a second, an error page that never ends, a gzip bomb, a redirect loop.
// Each ends with one clear error within the timeout, nothing saved and no partial file left in the
// capture folder, the extension host's memory bounded (the answer streams to disk on the capture
// thread or is cut at its head).
import * as assert from 'assert';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as vscode from 'vscode';
import { promisify } from 'util';
import { gzip } from 'zlib';
import { EXTENSION_ID, closeAllEditors, workspaceRoot } from './harness';
import { hostileCaptureServer } from '../hostile/captureServers';

const MB = 1 << 20;

suite('Hostile capture servers', function () {
  this.timeout(120000);
  let server: http.Server;
  let origin = '';
  const captureFolder = () => vscode.Uri.joinPath(workspaceRoot(), '.pprof').fsPath;
  const listed = () => (fs.existsSync(captureFolder()) ? fs.readdirSync(captureFolder()).sort() : []);

  suiteSetup(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    // 256 MiB of zeros, ~250 KB gzipped (off this thread): past the default gzip limit (100× the answer, at least 128 MiB).
    server = hostileCaptureServer(await promisify(gzip)(Buffer.alloc(256 * MB), { level: 9 }));
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', () => resolve()));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  suiteTeardown(() => { server.closeAllConnections(); server.close(); });
  teardown(async () => { server.closeAllConnections(); await closeAllEditors(); });

  const cases: { route: string; error: RegExp }[] = [
    { route: 'drip', error: /^Timed out after 2 s waiting for http:\/\/127\.0\.0\.1:\d+\/drip\/heap\./ },
    { route: 'errorforever', error: /^HTTP 500 Internal Server Error from http:\/\/127\.0\.0\.1:\d+\/errorforever\/heap: internal error, again and again\.$/ },
    { route: 'bomb', error: /^The answer's gzip expands beyond \d+ MiB \(.+\): not saved\.$/ },
    { route: 'loop', error: /^HTTP 302 Found from http:\/\/127\.0\.0\.1:\d+\/loop\/heap: redirects to \/loop\/heap, which is not followed/ },
  ];
  for (const c of cases) {
    test(`${c.route}: one clear error, nothing saved, no partial file`, async () => {
      const cfg = vscode.workspace.getConfiguration('goProfileExplorer.capture');
      await cfg.update('timeoutSeconds', 2, vscode.ConfigurationTarget.Workspace);
      const before = listed();
      const rss = process.memoryUsage().rss;
      try {
        const started = Date.now();
        const error = await Promise.resolve(vscode.commands.executeCommand('goProfileExplorer.captureFromUrl', { baseUrl: `${origin}/${c.route}/`, kind: 'heap' }))
          .then(() => undefined, (e: unknown) => e as Error);
        assert.ok(error, 'the capture fails');
        assert.match(error.message, c.error);
        assert.ok(Date.now() - started < 60000, `${Date.now() - started} ms`);
        assert.deepStrictEqual(listed(), before, 'nothing saved and no partial file left');
        assert.ok(process.memoryUsage().rss - rss < 256 * MB, `the extension host grew ${Math.round((process.memoryUsage().rss - rss) / MB)} MB`);
      } finally {
        await cfg.update('timeoutSeconds', undefined, vscode.ConfigurationTarget.Workspace);
      }
    });
  }
});
