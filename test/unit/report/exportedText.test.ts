// Every export a person reads writes a name's hidden characters as the editor shows them (marks,
// src/core/report/exportedText.ts): the top table as CSV and Markdown, the flame graph as SVG, the
// graph as DOT, the incident report as HTML and Markdown; from the CLI (`goprof export`, `graph`,
// `incident`) and from the editor's export job. The names carry a right-to-left override, a
// zero-width space, the bytes of a lone surrogate half (ED A0 80, which UTF-8 forbids) and a lone
// byte that is not UTF-8 (E9); the profile reader keeps each such byte as U+DC00 + the byte.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import { cutExportedText, exportedLabel, exportedSourceLine, exportedText } from '../../../src/core/report/exportedText';
import { WorkerStore, type JobContext } from '../../../src/host/worker/jobTypes';
import { profileOpenJob } from '../../../src/host/worker/jobs/profileOpen';
import { profileExportJob } from '../../../src/host/worker/jobs/profileExport';
import { useWorkerPlatform } from '../../../src/host/worker/workerPlatform';
import { nodeWorkerPlatform } from '../../../src/host/worker/nodeWorkerPlatform';
import { fn, lfield, loc, sample, valueType } from '../../hostile/protoWriter';

useWorkerPlatform(nodeWorkerPlatform);

const utf8 = (s: string) => Buffer.from(s, 'utf8');
/** Each name as its bytes in the file, and as every export must show it. */
const NAMES: { bytes: Buffer; shown: string }[] = [
  { bytes: utf8('main.\u202eeldnaH'), shown: 'main.⟨U+202E⟩eldnaH' },
  { bytes: utf8('main.Han\u200bdle'), shown: 'main.Han⟨U+200B⟩dle' },
  { bytes: Buffer.concat([utf8('main.half'), Buffer.from([0xed, 0xa0, 0x80])]), shown: 'main.half⟨\\xED⟩⟨\\xA0⟩⟨\\x80⟩' },
  { bytes: Buffer.concat([utf8('main.caf'), Buffer.from([0xe9])]), shown: 'main.caf⟨\\xE9⟩' },
];
/** What must never reach an export: the characters themselves, a lone surrogate (TextEncoder would write U+FFFD), U+FFFD. */
const RAW = /[\u202e\u200b\ufffd]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A heap profile (Go's four sample types) whose four leaf functions under main.main carry those names. */
function heapProfile(): Buffer {
  const strings = ['', 'alloc_objects', 'count', 'alloc_space', 'bytes', 'inuse_objects', 'inuse_space', 'space', 'main.main', 'main.go'];
  const first = strings.length;
  return Buffer.concat([
    ...strings.map(s => lfield(6, utf8(s))), ...NAMES.map(n => lfield(6, n.bytes)),
    valueType(1, 1, 2), valueType(1, 3, 4), valueType(1, 5, 2), valueType(1, 6, 4), valueType(11, 7, 4),
    fn(1, 8, 9), ...NAMES.map((_, i) => fn(i + 2, first + i, 9)),
    loc(1, [[1, 5]]), ...NAMES.map((_, i) => loc(i + 2, [[i + 2, 10 + i]])),
    ...NAMES.map((_, i) => sample([i + 2, 1], [i + 1, (i + 1) * 4096, i + 1, (i + 1) * 4096])),
  ]);
}

function checkMarked(what: string, written: string, names = NAMES): void {
  // Markdown and DOT escape the mark's backslash (`⟨\\xE9⟩` reads as `⟨\xE9⟩`).
  const text = /Markdown|md$|dot$/.test(what) ? written.replaceAll('\\\\', '\\') : written;
  const raw = RAW.exec(text);
  assert.equal(raw, null, `${what}: U+${raw?.[0].charCodeAt(0).toString(16)} at ${raw?.index}`);
  for (const n of names) assert.ok(text.includes(n.shown), `${what}: ${n.shown}`);
}

describe('exports write hidden characters as marks', function () {
  this.timeout(120_000);
  let dir = '', profile = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'gpe-exported-'));
    profile = join(dir, 'heap.pb');
    writeFileSync(profile, heapProfile());
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  async function goprof(...argv: string[]): Promise<string> {
    let out = '', err = '';
    const code = await runCli(argv, { out: t => { out += t; }, err: t => { err += t; } });
    assert.equal(code, 0, err);
    return out;
  }

  it('goprof export (CSV, Markdown, SVG) and goprof graph (DOT)', async () => {
    for (const format of ['csv', 'md', 'svg']) {
      const out = join(dir, `top.${format}`);
      await goprof('export', profile, '--format', format, '-o', out);
      checkMarked(format, readFileSync(out, 'utf8'));
    }
    checkMarked('dot', await goprof('graph', profile));
  });

  it('the editor\'s Export (CSV, Markdown, SVG from the worker) writes the same marks', async () => {
    const context: JobContext = { store: new WorkerStore(), transfer: () => undefined };
    const open = await profileOpenJob.run({ documentId: 'x', fileName: 'heap.pb', bytes: { filePath: profile } }, context);
    const query = { sampleType: open.summary.defaultSampleType, granularity: 'functions' as const, filters: [] };
    for (const format of ['csv', 'md', 'svg'] as const) {
      const { bytes } = await profileExportJob.run({
        documentId: 'x', query, format, view: 'flame', order: 'heaviest', icicle: true, zoomPath: [], widthPx: 1200, title: 'heap.pb', subtitle: 'inuse_space',
      }, context);
      checkMarked(`editor ${format}`, new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    }
  });

  it('goprof incident --markdown --html: the dump\'s names and paths and the heap\'s names', async () => {
    // A Go-made incident (chan-leak), its leaking function renamed with a right-to-left override
    // and a zero-width space, and a zero-width space in its file's path.
    const folder = join(dir, 'incident');
    const fixture = join(__dirname, '../../fixtures/incident/chan-leak');
    mkdirSync(folder);
    const dump = readFileSync(join(fixture, 'goroutines.txt'), 'utf8')
      .replaceAll('main.dispatch(', 'main.dis\u202epa\u200btch(').replaceAll('chanleak/main.go:37', 'chanleak/ma\u200bin.go:37');
    writeFileSync(join(folder, 'goroutines.txt'), dump);
    copyFileSync(profile, join(folder, 'heap.pb'));
    const md = join(dir, 'incident.md'), html = join(dir, 'incident.html');
    await goprof('incident', folder, '--markdown', md, '--html', html);
    const dumpNames = [{ shown: 'main.dis⟨U+202E⟩pa⟨U+200B⟩tch' }, { shown: 'ma⟨U+200B⟩in.go:37' }];
    for (const [what, file] of [['incident Markdown', md], ['incident HTML', html]]) {
      checkMarked(what, readFileSync(file, 'utf8'), [...NAMES, ...dumpNames] as typeof NAMES);
    }
  });

  it('a label cut to fit is never cut inside a mark; a source line keeps its tabs', () => {
    const shown = exportedText('ab\u202ecd');
    assert.equal(shown, 'ab⟨U+202E⟩cd');
    assert.equal(cutExportedText(shown, 4), 'ab…');
    assert.equal(cutExportedText(shown, 11), 'ab⟨U+202E⟩…');
    assert.equal(cutExportedText(shown, 12), shown);
    assert.equal(cutExportedText(exportedText('⟨U+0041⟩'), 12), '⟨U+27E8⟩U+0…');
    assert.equal(exportedSourceLine('\tif ok {\u202e // x'), '\tif ok {⟨U+202E⟩ // x');
    // A label looks at no more of the name than fits, and keeps a pair at the box's edge whole.
    for (let chars = 3; chars < 16; chars++) {
      for (const name of ['ab\u202ecd\u200befgh', 'abcdefghij\ud83d\ude00klm', 'x'.repeat(chars + 1), 'x'.repeat(chars)]) {
        assert.equal(exportedLabel(name, chars), cutExportedText(exportedText(name), chars), `${chars} ${name}`);
      }
    }
  });
});
