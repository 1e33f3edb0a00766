// Every text dump of the corpus and of scripts/go/goroutinegen against its committed golden
// (regenerate with `npm run golden -- goroutines`), plus goroutine counts checked independently
// of the scanner: grep-style header counts and the debug=1 `total N`.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, DEMO_DIR, DEMO_GOLDENS, GOLDEN_DIR, goldenName, goldenSummary } from './goldenSummary';
import { scanGoroutineDump } from '../../../src/core/goroutines';

const corpusFiles = readdirSync(CORPUS_DIR).filter(f => f.endsWith('.txt')).sort();
const HEADER = /goroutine \d+ (gp=\S+ m=\S+ (mp=\S+ )?)?\[/g;
// Accesses of a race detector report ("Previous write at 0x… by goroutine 7:") count as goroutines too.
const RACE_ACCESS = /^\s*[A-Z][a-z ]* at 0x[0-9a-f]+ by (goroutine (\d+)|main goroutine):\s*$/gm;

describe('goroutines: goldens', () => {
  for (const file of corpusFiles) {
    it(`corpus ${file} matches its golden`, () => {
      const actual = goldenSummary(new Uint8Array(readFileSync(join(CORPUS_DIR, file))));
      const expected = JSON.parse(readFileSync(join(GOLDEN_DIR, goldenName(file, 'default')), 'utf8'));
      assert.deepEqual(JSON.parse(JSON.stringify(actual)), expected);
    });
  }
  for (const { file, similarity } of DEMO_GOLDENS) {
    it(`goroutinegen ${file} (${similarity}) matches its golden`, () => {
      const actual = goldenSummary(new Uint8Array(readFileSync(join(DEMO_DIR, file))), similarity);
      const expected = JSON.parse(readFileSync(join(GOLDEN_DIR, goldenName(file, similarity)), 'utf8'));
      assert.deepEqual(JSON.parse(JSON.stringify(actual)), expected);
    });
  }
});

describe('goroutines: counts agree with an independent count', () => {
  for (const file of [...corpusFiles.map(f => join(CORPUS_DIR, f)), ...['demo_debug2.txt', 'demo_debug1.txt', 'demo_sigquit.txt', 'race_then_panic.txt'].map(f => join(DEMO_DIR, f))]) {
    it(`${file.split('/').pop()}`, () => {
      const text = readFileSync(file, 'utf8');
      const dump = scanGoroutineDump(text);
      const headers = (text.match(HEADER) ?? []).length;
      const raceAccesses = (text.match(RACE_ACCESS) ?? []).length;
      assert.equal(dump.goroutines.length, headers + raceAccesses, 'goroutines vs header lines and race accesses');
      const total = /goroutine profile: total (\d+)/.exec(text);
      if (total) {
        assert.equal(dump.format, 'debug1');
        assert.equal(dump.records.reduce((n, r) => n + r.count, 0), Number(total[1]), 'records vs total N');
      }
      for (const g of dump.goroutines) {
        assert.ok(g.lines.start >= 1 && g.lines.start <= g.lines.end && g.lines.end <= dump.lineCount);
        const first = text.split('\n')[g.lines.start - 1];
        if (g.state.startsWith('data race (')) assert.match(first, g.id === 1 ? / by (main goroutine|goroutine 1):/ : new RegExp(` by goroutine ${g.id}:`));
        else assert.match(first, new RegExp(`goroutine ${g.id} `));
      }
    });
  }
});
