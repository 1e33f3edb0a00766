// One hash per goroutine input of what the goroutine analysis makes of it, to prove that a change of
// the scanner's shape changes no reading: the CLI's `--json` and text output (with its warnings) of
// the file read whole, the core analysis of the text pushed in 4,099-byte pieces (with arguments
// kept), and the scan with every shortcut of the byte path off. Inputs: every file under
// test/fixtures/goroutines, the shared corpus (when present) and the hostile texts at scale 0.01.
//
//   node --import tsx scripts/goroutine-output-hashes.ts > before.tsv
//   node --import tsx scripts/goroutine-output-hashes.ts > after.tsv && diff before.tsv after.tsv
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runCli, type CliIo } from '../src/cli/main';
import { GoroutineInputStream } from '../src/core/input';
import { scanGoroutineDump } from '../src/core/goroutines/scanInput';
import { hostileTexts } from '../test/hostile/hostileTexts';

const PIECE_BYTES = 4099;
const HOSTILE_SCALE = 0.01;
const CORPUS = '/work/shared/corpus';

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** JSON of any analysis value: bigints as text, lists made on demand (GoroutineList) as arrays, maps as entries. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'bigint') return `${v}n`;
    if (v instanceof Map) return [...v.entries()];
    if (v instanceof Set) return [...v];
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && typeof (v as { get?: unknown }).get === 'function' && typeof (v as { length?: unknown }).length === 'number') {
      return [...(v as Iterable<unknown>)];
    }
    return v;
  });
}

/** The CLI's output, with the places it may name that differ from run to run (the checkout, the hostile texts' folder) named by `places`' keys. */
async function cliOutput(argv: string[], places: Record<string, string>): Promise<string> {
  const parts: string[] = [];
  const io: CliIo = {
    out: t => { parts.push(`o${t}`); },
    outBytes: b => { parts.push(`o${Buffer.from(b).toString('latin1')}`); },
    err: t => { parts.push(`e${t}`); },
    drained: () => Promise.resolve(),
  };
  const code = await runCli(argv, io);
  let output = `${code}\n${parts.join('')}`;
  for (const [name, place] of Object.entries(places)) output = output.split(place).join(name);
  return output;
}

function inPieces(bytes: Uint8Array): string {
  try {
    const stream = new GoroutineInputStream({ similarity: 'exact' });
    for (let at = 0; at < bytes.length; at += PIECE_BYTES) stream.push(bytes.subarray(at, at + PIECE_BYTES));
    const a = stream.finish();
    return stableJson({ dump: a.dump, groups: a.groups, waitTargets: a.waitTargets, total: a.total, parsed: a.parsed, stuck: a.stuck, growth: a.growthSincePreviousDump, suspect: a.stackSuspect });
  } catch (e) {
    return `error ${e instanceof Error ? e.message : String(e)}`;
  }
}

function withoutShortcuts(bytes: Uint8Array): string {
  try {
    return stableJson(scanGoroutineDump(bytes, { withoutShortcuts: true, keepArgs: true }));
  } catch (e) {
    return `error ${e instanceof Error ? e.message : String(e)}`;
  }
}

async function main(): Promise<void> {
  const root = join(__dirname, '..');
  const inputs: { name: string; path: string }[] = filesUnder(join(root, 'test/fixtures/goroutines'))
    .filter(p => !p.endsWith('SOURCES.md'))
    .map(p => ({ name: relative(root, p), path: p }));
  if (existsSync(CORPUS)) for (const p of filesUnder(CORPUS)) if (!p.endsWith('.tsv')) inputs.push({ name: `corpus/${relative(CORPUS, p)}`, path: p });
  const hostileDir = mkdtempSync(join(tmpdir(), 'goroutine-output-hashes-'));
  const places = { '<hostile>': hostileDir, '<root>': root };
  try {
    for (const [name, make] of Object.entries(hostileTexts)) {
      const path = join(hostileDir, name);
      writeFileSync(path, make(HOSTILE_SCALE));
      inputs.push({ name: `hostile/${name}`, path });
    }
    for (const { name, path } of inputs) {
      const bytes = readFileSync(path);
      const json = hash(await cliOutput(['goroutines', path, '--json'], places));
      const text = hash(await cliOutput(['goroutines', path], places));
      const pieces = hash(inPieces(bytes));
      const plain = hash(withoutShortcuts(bytes));
      process.stdout.write(`${name}\t${json}\t${text}\t${pieces}\t${plain}\n`);
    }
  } finally {
    rmSync(hostileDir, { recursive: true, force: true });
  }
}

void main();
