// A faster read of a remote workspace's file in the web extension host (code-server, browser
// Codespaces: `vscode-remote:` URIs). vscode.workspace.fs.readFile goes from the web extension host
// through the workbench's remote file system and back over the server's WebSocket: ~7 MB/s in our
// tests. The web extension host's fetch maps a `vscode-remote:` URI to the server's resource route
// (the one webviews load workspace images from), a plain HTTP download: ~35 MB/s there, in a buffer
// of our own. Anything else (vscode.dev's and github.dev's virtual file systems, a failed or
// redirected request, a size other than the file's) reads through vscode.workspace.fs.
import * as vscode from 'vscode';

/** The scheme of a remote server's files, which the web extension host's fetch maps to its resource route. */
const REMOTE_SCHEME = 'vscode-remote';

/**
 * The file's bytes through the server's resource route, or undefined when that route does not
 * serve them (then the caller reads through vscode.workspace.fs).
 */
export async function readThroughResourceRoute(uri: vscode.Uri): Promise<Uint8Array | undefined> {
  if (uri.scheme !== REMOTE_SCHEME || typeof fetch !== 'function') return undefined;
  try {
    const stat = vscode.workspace.fs.stat(uri);
    // no-store: the file may change between opens, and a 40 MB profile has no place in the HTTP cache.
    const init: RequestInit & { cache: 'no-store' } = { cache: 'no-store' };
    const response = await fetch(uri.toString(), init);
    // A redirect is a login page or a proxy's answer, not the file.
    if (!response.ok || response.redirected) {
      await response.body?.cancel();
      return undefined;
    }
    const [bytes, { size }] = await Promise.all([response.arrayBuffer(), stat]);
    return bytes.byteLength === size ? new Uint8Array(bytes) : undefined;
  } catch {
    return undefined;
  }
}
