// Go's filepath.Clean on a Unix path, which pprof applies to every source file name before a
// report prints it: "file:///app/server.js" (Node) prints "file:/app/server.js", "./a/../b.go"
// prints "b.go". Linear in the path.

export function cleanPath(path: string): string {
  if (path === '') return '.';
  if (!path.includes('//') && !path.includes('.') && !path.endsWith('/')) return path;
  const rooted = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  if (rooted) return `/${joined}`;
  return joined === '' ? '.' : joined;
}
