// A race report whose excerpt starts inside it, behind a log's prefix (prefixedRaceSection.ts): CI
// logs paste so (cilium's reports, pasted/), timestamps before `Read at 0x… by goroutine N:` and no
// `WARNING: DATA RACE` above. Go 1.19's report (race_then_panic.txt, scripts/go/racegen) cut at each
// of its sections and put behind each shape of prefix reads as the same excerpt does bare.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';
import { plainJson, readAlike } from './readAlike';

const report = readFileSync('test/fixtures/goroutines/race_then_panic.txt', 'utf8').split('\n');
const rule = report.indexOf('==================', 1);
/** The report's lines from each section's first line to its closing rule. */
const excerpts = report.slice(0, rule).flatMap((line, i) => /^(?:Read|Previous write|Goroutine \d+ \(running\) created) at/.test(line) ? [report.slice(i, rule)] : []);

const PREFIXES = ['2024-07-18T14:07:45.630548802Z ', '2022-12-25T16:09:45.9555131Z ', 'Jun 15 09:13:09 node-1 cilium-agent[35920]: ', 'cilium-agent-x7k2p cilium-agent '];

function reading(text: string) {
  const a = analyzeGoroutineDump(text);
  return {
    goroutines: [...a.dump.goroutines].map(g => [g.id, g.state, g.frames.map(f => `${f.func} ${f.file}:${f.line}`), g.createdBy?.func ?? null]),
    first: a.groups[0]?.suspect ?? null, truncated: a.dump.truncated, warnings: a.dump.warnings.map(w => w.message),
  };
}

describe('goroutines: a race report cut before its start, behind a log prefix', () => {
  it('is read from its first section as the same lines are without the prefix, on both paths', () => {
    assert.equal(excerpts.length, 3);
    for (const lines of excerpts) {
      const bare = reading(`${lines.join('\n')}\n`);
      // An access section starts goroutines; a creator's section alone starts none, behind a prefix as bare.
      assert.equal(bare.goroutines.length > 0, !lines[0].startsWith('Goroutine '), lines[0]);
      for (const prefix of PREFIXES) {
        const text = `\`\`\`\n${lines.map(l => prefix + l).join('\n')}\n\`\`\`\n`;
        const prefixed = reading(text);
        assert.deepEqual(prefixed.goroutines, bare.goroutines, `${prefix}${lines[0]}`);
        assert.deepEqual([prefixed.first, prefixed.truncated], [bare.first, bare.truncated], `${prefix}${lines[0]}`);
        assert.deepEqual(prefixed.warnings.map(w => w.replace(/line \d+/g, 'line N')), bare.warnings.map(w => w.replace(/line \d+/g, 'line N')), `${prefix}${lines[0]}`);
        assert.deepEqual(plainJson(readAlike(text).goroutines), plainJson(analyzeGoroutineDump(text).dump.goroutines), `${prefix}${lines[0]}`);
      }
    }
  });

  it('the first section names the goroutine to blame: its access, not the one before it', () => {
    const text = excerpts[0].map(l => `2024-07-18T14:07:45.630548802Z ${l}`).join('\n');
    assert.equal(analyzeGoroutineDump(text).groups[0]?.suspect,
      '1 goroutine in a data race: read of 0x00c0000180d8 in main.(*stats).record (main.go:18), created by main.main');
  });

  it('a sentence ending in such words is no prefix: a section is read only from its own words to the line\'s end', () => {
    for (const text of [
      'I think the report said Read at 0x00c0000180d8 by goroutine 6: and then nothing\n  main.f()\n      /app/main.go:3 +0x30\n',
      'Read at 0x00c0000180d8 by goroutine 6:x\n',
    ]) assert.deepEqual(analyzeGoroutineDump(text).dump.goroutines.length, 0, text);
  });
});
