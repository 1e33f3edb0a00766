// Reads the verbatim `go tool pprof -top` outputs committed under test/fixtures/pprof/golden.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PprofGoldenCase } from '../../../scripts/golden-pprof';

export const repoRoot = resolve(__dirname, '../../..');
export const goldenDir = join(repoRoot, 'test/fixtures/pprof/golden');

export interface PprofTopRow { name: string; inline: boolean; flat: number; cum: number }
export interface PprofTop { total: number; rows: PprofTopRow[] }

export function loadManifest(): PprofGoldenCase[] {
  return JSON.parse(readFileSync(join(goldenDir, 'manifest.json'), 'utf8')) as PprofGoldenCase[];
}

// "6303657B", "2940000000ns", "1900us", "-7", "0": pprof's ScaledLabel with an explicit unit.
function value(text: string): number {
  const m = /^(-?\d+(?:\.\d+)?)(?:B|ns|us)?$/.exec(text);
  if (!m) throw new Error(`unexpected pprof value "${text}"`);
  return Number(m[1]);
}

export function readPprofTop(golden: string): PprofTop {
  const text = readFileSync(join(goldenDir, golden), 'utf8');
  const lines = text.split('\n');
  const header = lines.find(l => l.startsWith('Showing nodes accounting for'));
  if (!header) throw new Error(`${golden}: no "Showing nodes" header`);
  const total = value(/of (\S+) total/.exec(header)![1]);
  const start = lines.findIndex(l => /^\s+flat\s+flat%/.test(l));
  const rows: PprofTopRow[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '') continue;
    const m = /^\s*(\S+)\s+\S+%\s+\S+%\s+(\S+)\s+\S+%\s+(.*)$/.exec(line);
    if (!m) throw new Error(`${golden}: cannot read row "${line}"`);
    const inline = / \((?:partial-)?inline\)$/.exec(m[3]);
    rows.push({ name: inline ? m[3].slice(0, inline.index) : m[3], inline: inline !== null, flat: value(m[1]), cum: value(m[2]) });
  }
  return { total, rows };
}
