// A real dump's shape with thousands of groups, for the tests of what the goroutine view bounds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const sample = join(__dirname, '../../../samples/kube-apiserver-incident/goroutines.txt');

/** The sample's 18,410 goroutines, each one's innermost location moved by its place modulo 5,000: ~5,000 groups, a long tail of narrow towers. */
export function manyGroupsDump(): string {
  let k = 0;
  let first = false;
  return readFileSync(sample, 'utf8').split('\n').map(line => {
    if (line.startsWith('goroutine ')) { k++; first = true; return line; }
    const location = first ? /^(\t\S+:)(\d+)( \+0x[0-9a-f]+)$/.exec(line) : null;
    if (!location) return line;
    first = false;
    return `${location[1]}${100_000 + (k % 5_000)}${location[3]}`;
  }).join('\n');
}
