// HTTP servers a capture must survive, one per route of one server on 127.0.0.1: a byte a second,
// an accepted request never answered, an answer that never ends, an error page that never ends, a
// gzip bomb, an HTML login page, a redirect to itself. The unit tests (the editor's fetch and
// `goprof capture`) and the real VS Code's Capture from URL… run against the same server.
import http from 'node:http';

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
