// A faster read of a remote workspace's file in the web extension host (code-server, browser
// Codespaces: `vscode-remote:` URIs). vscode.workspace.fs.readFile goes from the web extension host
// through the workbench's remote file system and back over the server's WebSocket: ~7 MB/s in our
// tests. The web extension host's fetch maps a `vscode-remote:` URI to the server's resource route
// (the one webviews load workspace images from), a plain HTTP download: ~35 MB/s there, in a buffer
// of our own. Anything else (vscode.dev's and github.dev's virtual file systems, a failed or
// redirected request, a size other than the file's) reads through vscode.workspace.fs.
import * as vscode from 'vscode';
import type { StreamedFile } from './hostPlatform';

/** The scheme of a remote server's files, which the web extension host's fetch maps to its resource route. */
const REMOTE_SCHEME = 'vscode-remote';

/**
 * The file's bytes through the server's resource route, or undefined when that route does not
 * serve them (then the caller reads through vscode.workspace.fs).
 */
export async function readThroughResourceRoute(uri: vscode.Uri): Promise<Uint8Array | undefined> {
  try {
    const opened = await openThroughResourceRoute(uri);
    if (!opened) return undefined;
    const bytes = await opened.response.arrayBuffer();
    return bytes.byteLength === opened.size ? new Uint8Array(bytes) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The same download as pieces as they arrive, for a reader that can work on them meanwhile (the
 * worker inflates a profile while the rest downloads). Undefined when the route does not serve the
 * file; once pieces have come, a failed or short download is an error of the iteration.
 */
export async function streamThroughResourceRoute(uri: vscode.Uri): Promise<StreamedFile | undefined> {
  let opened: { response: Response; size: number } | undefined;
  try {
    opened = await openThroughResourceRoute(uri);
  } catch {
    return undefined;
  }
  const body = opened?.response.body;
  if (!opened || !body) return undefined;
  const size = opened.size;
  // A compressed answer declares the length of what was sent, not of the file it inflates to.
  const declared = opened.response.headers.get('content-encoding') ? null : opened.response.headers.get('content-length');
  if (declared !== null && Number(declared) !== size) {
    await body.cancel();
    return undefined;
  }
  async function* pieces(): AsyncGenerator<Uint8Array> {
    const reader = body!.getReader();
    let received = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        received += value.length;
        if (received > size) throw new Error(`the server sent more than the file's ${size} bytes`);
        yield value;
      }
      if (received !== size) throw new Error(`the server sent ${received} of the file's ${size} bytes`);
    } finally {
      // A reader that stops early (the job failed or was cancelled) ends the download too.
      if (received !== size) reader.cancel().catch(() => undefined);
    }
  }
  return { byteLength: size, pieces: pieces(), via: 'resource route, streamed' };
}

/** The route's answer for the file and the file's size, or undefined when the route does not serve it. */
async function openThroughResourceRoute(uri: vscode.Uri): Promise<{ response: Response; size: number } | undefined> {
  if (uri.scheme !== REMOTE_SCHEME || typeof fetch !== 'function') return undefined;
  const stat = vscode.workspace.fs.stat(uri);
  // no-store: the file may change between opens, and a 40 MB profile has no place in the HTTP cache.
  const init: RequestInit & { cache: 'no-store' } = { cache: 'no-store' };
  const response = await fetch(uri.toString(), init);
  // A redirect is a login page or a proxy's answer, not the file.
  if (!response.ok || response.redirected) {
    await response.body?.cancel();
    return undefined;
  }
  return { response, size: (await stat).size };
}
