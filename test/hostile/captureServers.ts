// HTTP servers a capture must survive, one per route of one server on 127.0.0.1: a byte a second,
// an accepted request never answered, an answer that never ends, an error page that never ends, a
// gzip bomb, an HTML login page, a redirect to itself, redirects back and forth between two paths,
// a redirect to file://, a Content-Length of 10^15 bytes, a gzip stream that never ends. The unit tests (the editor's fetch and
// `goprof capture`) and the real VS Code's Capture from URL… run against the same server.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { createGzip } from 'node:zlib';

export function hostileCaptureServer(bomb: Buffer): http.Server {
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => {
    const route = (req.url ?? '').split('/')[1];
    const forever = (status: number, type: string, piece: Buffer) => {
      res.writeHead(status, { 'Content-Type': type });
      const push = () => { while (!res.destroyed && res.write(piece)) { /* until the socket's buffer is full */ } };
      res.on('drain', push);
      push();
    };
    switch (route) {
      case 'drip': {
        // A gzip header, a byte a second: it looks like the start of a profile for as long as it lasts.
        res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
        const bytes = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0]);
        let at = 0;
        const t = setInterval(() => { if (!res.destroyed) res.write(bytes.subarray(at % bytes.length, (at++ % bytes.length) + 1)); }, 1000);
        timers.add(t);
        res.on('close', () => { clearInterval(t); timers.delete(t); });
        return;
      }
      case 'silent': return; // accepts, never answers
      case 'forever': return forever(200, 'application/octet-stream', Buffer.alloc(64 * 1024, 0x41));
      case 'errorforever': return forever(500, 'text/plain', Buffer.from('internal error, again and again\n'.repeat(2048)));
      case 'bomb':
        res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
        for (let at = 0; at < bomb.length; at += 16384) res.write(bomb.subarray(at, at + 16384));
        res.end();
        return;
      case 'html':
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><html><head><title>Sign in - Corp SSO</title></head><body><form>…</form></body></html>');
        return;
      case 'biglength': {
        // 10^15 bytes promised; what comes is endless.
        res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': '1000000000000000' });
        const push = () => { while (!res.destroyed && res.write(Buffer.alloc(64 * 1024, 0x41))) { /* until the socket's buffer is full */ } };
        res.on('drain', push);
        push();
        return;
      }
      case 'gzipforever': {
        // A gzip stream of random bytes (it expands by ~1×: no bomb) that never ends.
        res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
        const gzip = createGzip({ level: 1 });
        gzip.pipe(res);
        const push = () => { while (!res.destroyed && gzip.write(randomBytes(64 * 1024))) { /* until the stream's buffer is full */ } };
        gzip.on('drain', push);
        res.on('close', () => gzip.destroy());
        push();
        return;
      }
      case 'tofile':
        res.writeHead(302, { Location: 'file:///etc/passwd' });
        res.end();
        return;
      case 'pingpong':
        // /pingpong/… to /pingpong/back/… and back again.
        res.writeHead(302, { Location: (req.url ?? '').startsWith('/pingpong/back/') ? (req.url ?? '').replace('/back/', '/') : (req.url ?? '').replace('/pingpong/', '/pingpong/back/') });
        res.end();
        return;
      case 'loop':
        res.writeHead(302, { Location: req.url });
        res.end();
        return;
      default:
        res.writeHead(404);
        res.end();
    }
  });
  server.on('close', () => { for (const t of timers) clearInterval(t); });
  return server;
}
