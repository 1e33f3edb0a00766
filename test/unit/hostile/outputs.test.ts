// What the CLI writes for crafted profiles: output as long as every frame of every sample is
// handed on a piece at a time (bounded memory, the reader's pace), and every text format quotes
// a hostile name without letting it move a terminal's cursor, reorder a line or break its cell.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBounded } from '../../hostile/bounded';
import type { Outcome } from '../../hostile/cases';
import { HOSTILE_NAMES, hostileProfiles } from '../../hostile/hostileProfiles';
import { runCli, type CliIo } from '../../../src/cli/main';

// eslint-disable-next-line no-control-regex -- what must never reach the output
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('hostile inputs: what the CLI writes', function () {
  this.timeout(300_000); // wall time, which load stretches: runBounded ends a hang on its CPU time

  describe('a recursion A→B→A… in stacks up to 10,000 deep', () => {
    it('traces: every frame written within a 256 MB heap (held at once before: over 1.5 GB at scale 1)', async () => {
      const { value, cpuMs } = await runBounded<Outcome>('goprofOnCrafted', ['profile', 'cycle-10k-deep', 0.1, 'traces'], { seconds: 30, heapMb: 256 });
      if ('error' in value) assert.fail(value.error);
      const r = value.ok as { code: number; outBytes: number; err: string };
      assert.equal(r.err, '');
      assert.equal(r.code, 0);
      // 100 traces of 9,900–10,000 frames, ~19 characters a line.
      assert.ok(r.outBytes > 100 * 9_900 * 19, `${r.outBytes} characters (${Math.round(cpuMs)} ms of CPU)`);
    });

    it('a diff with itself: the samples merged by comparing stacks, not a key string per sample (850 → 410 MB at scale 1)', async () => {
      const { value } = await runBounded<Outcome>('goprofOnCrafted', ['profile', 'cycle-10k-deep', 0.1, 'top', ['--diff-base', '{file}']], { seconds: 30, heapMb: 256 });
      if ('error' in value) assert.fail(value.error);
      const r = value.ok as { code: number; outBytes: number; err: string };
      assert.equal(r.err, '');
      assert.equal(r.code, 0);
    });

    it('traces --json and flame --json wait for a slow reader between pieces', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'goprof-drain-'));
      try {
        const file = join(dir, 'cycle.pb');
        writeFileSync(file, hostileProfiles['cycle-10k-deep'](0.02));
        for (const argv of [['traces', file, '--json'], ['traces', file], ['flame', file, '--json']]) {
          let pieces = 0, waits = 0, text = '';
          const io: CliIo = { out: t => { pieces++; text += t; }, err: t => assert.fail(t), drained: async () => { waits++; } };
          assert.equal(await runCli(argv, io), 0);
          assert.ok(pieces > 2 && waits >= pieces - 3, `${argv.join(' ')}: ${pieces} pieces, ${waits} waits`);
          if (argv.includes('--json')) JSON.parse(text);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('function names made to escape their format', () => {
    let dir: string, file: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'goprof-names-'));
      file = join(dir, 'names.pb');
      writeFileSync(file, hostileProfiles['hostile-names'](1));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    async function goprof(...argv: string[]): Promise<string> {
      let out = '', err = '';
      const code = await runCli(argv, { out: t => { out += t; }, err: t => { err += t; } });
      assert.equal(code, 0, err);
      return out;
    }
    const exported = async (format: string): Promise<string> => {
      const out = join(dir, `out.${format}`);
      await goprof('export', file, '--format', format, '-o', out);
      return readFileSync(out, 'utf8');
    };

    it('no control character or bidirectional override in any text the CLI writes', async () => {
      const outputs: [string, string][] = [
        ['csv', await exported('csv')], ['md', await exported('md')], ['svg', await exported('svg')],
        ['dot', await goprof('graph', file)], ['top', await goprof('top', file)], ['tree', await goprof('tree', file)],
        ['peek', await goprof('peek', file, '.')], ['traces', await goprof('traces', file)],
      ];
      for (const [what, text] of outputs) assert.doesNotMatch(text, INVISIBLE, what);
    });

    it('CSV: one row per function, the name in one cell; Markdown: one table row per function', async () => {
      const csv = await exported('csv');
      // Quoted cells may hold a line break; outside quotes each CRLF ends a row.
      const rows = csv.split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/).filter(r => r !== '');
      assert.equal(rows.length, HOSTILE_NAMES.length + 1);
      for (const row of rows.slice(1)) assert.equal(row.match(/^[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,/)?.length, 1, row);
      assert.ok(rows.some(r => r.includes(`"'=cmd|calc!A1"`) || r.includes(`'=cmd|calc!A1`)), 'a formula is quoted as text');
      const md = (await exported('md')).split('\n').filter(l => l.startsWith('| ') && !l.startsWith('| ---'));
      assert.equal(md.length, HOSTILE_NAMES.length + 1);
      for (const line of md) assert.equal(line.replace(/\\\|/g, '').split('|').length, 8, line);
    });

    it('SVG: no markup from a name, every label text only', async () => {
      const svg = await exported('svg');
      assert.doesNotMatch(svg, /<script|<\/text>[^<]*<\/text>/);
      for (const text of svg.matchAll(/<(text|title)[^>]*>([^<]*)<\/\1>/g)) assert.doesNotMatch(text[2], /[<>"']|&(?!#\d+;|amp;|lt;|gt;|quot;)/);
    });
  });
});
