// Puts every crafted profile of hostileProfiles.ts through every CLI command, timing each run
// and its peak memory (GNU time): `npx tsx test/hostile/attack.ts [scale] [case…]` after
// `npx webpack --mode production --config-name cli`. Prints one line per run: the case, the
// command, seconds, peak RSS in MB, exit code and the first line of its error output.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { hostileGzips } from './hostileGzips';
import { hostileProfiles } from './hostileProfiles';
import { hostileTexts } from './hostileTexts';

const cli = resolve(__dirname, '..', '..', 'dist', 'cli.js');
const commands: [string, (file: string) => string[]][] = [
  ['info', f => ['info', f]],
  ['top', f => ['top', f]],
  ['peek', f => ['peek', f, '.']],
  ['traces', f => ['traces', f]],
  ['list', f => ['list', f, 'main']],
  ['tree', f => ['tree', f]],
  ['flame', f => ['flame', f, '--json']],
  ['graph', f => ['graph', f]],
  ['diff', f => ['top', f, '--diff-base', f]],
  ['export', f => ['export', f, '--format', 'pb.gz', '-o', f + '.out.pb.gz']],
  ['goroutines', f => ['goroutines', f]],
];

const [scaleArg, ...only] = process.argv.slice(2);
const scale = Number(scaleArg ?? 1);
const dir = mkdtempSync(join(tmpdir(), 'goprof-attack-'));
const cases: [string, string, (scale: number) => Buffer][] = [
  ...Object.entries(hostileProfiles).map(([name, make]): [string, string, (scale: number) => Buffer] => [name, '.pb', make]),
  ...Object.entries(hostileTexts).map(([name, make]): [string, string, (scale: number) => Buffer] => [name, '.txt', make]),
  ...Object.entries(hostileGzips).map(([name, make]): [string, string, (scale: number) => Buffer] => [name, '', make]),
];
for (const [name, extension, make] of cases) {
  if (only.length && !only.includes(name)) continue;
  const caseDir = join(dir, name);
  mkdirSync(caseDir);
  const file = join(caseDir, `${name}${extension}`);
  writeFileSync(file, make(scale));
  const mb = (statSync(file).size / 2 ** 20).toFixed(1);
  const runs: [string, string[]][] = [...commands.map(([c, args]): [string, string[]] => [c, args(file)]), ['incident', ['incident', caseDir, '--json']]];
  for (const [command, args] of runs) {
    const r = spawnSync('/usr/bin/time', ['-f', '%e %M', 'timeout', '120', 'node', cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const lines = r.stderr.trim().split('\n');
    const [seconds, kb] = lines.pop()!.split(' ');
    const firstError = lines.find(l => !l.startsWith('Command exited')) ?? '';
    console.log([name, `${mb}MB`, command, `${seconds}s`, `${Math.round(Number(kb) / 1024)}MB`, `rc=${r.status}`, firstError.slice(0, 160)].join('\t'));
  }
}
execFileSync('rm', ['-rf', dir]);
