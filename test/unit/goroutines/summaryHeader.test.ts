// A goroutine header pasted as the title of a collapsed block (GitHub's `<details><summary>…`), its
// stack in the block under it (summaryHeader.ts): read as the goroutine Go printed, on the byte path
// as on the text path. The dump is Go's (go119_module_panic_in_bytes_map_all.txt, Go 1.19); the
// markup around it is what pasters write (pasted/k0s_4532_…, pasted/docker_543_… are real ones).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';
import { summaryLinePieces } from '../../../src/core/goroutines/summaryHeader';
import { readAlike } from './readAlike';

const GO_MADE = readFileSync('test/fixtures/goroutines/go119_module_panic_in_bytes_map_all.txt', 'utf8');
const lines = GO_MADE.split('\n');
/** The crash line, goroutine 20's header and its stack (up to its creator's location). */
const CRASH = lines[0];
const HEADER = lines[2];
const STACK = lines.slice(3, 13);

/** Each goroutine's id, state, frames and creator, and the crash: what a title must not change. */
function reading(text: string) {
  const dump = readAlike(text);
  return {
    goroutines: Array.from(dump.goroutines, g => [g.id, g.state, g.frames.map(f => `${f.func} ${f.file}:${f.line}`), g.createdBy?.func ?? null, g.cut]),
    crash: dump.crash?.message ?? null,
    headless: dump.headlessStacks.length,
  };
}

const PLAIN = reading(`${HEADER}\n${STACK.join('\n')}\n`);

describe('goroutines: a header pasted as a collapsed block\'s title', () => {
  it('the plain goroutine reads with its four frames and its creator', () => {
    assert.equal(PLAIN.goroutines.length, 1);
    assert.deepEqual(PLAIN.goroutines[0].slice(0, 2), [20, 'running']);
    assert.equal((PLAIN.goroutines[0][2] as string[]).length, 4);
    assert.equal(PLAIN.goroutines[0][3], 'main.main');
  });

  const fenced = `\n\`\`\`text\n${STACK.join('\n')}\n\`\`\`\n</details>\n`;
  const titles: Record<string, string> = {
    'summary on its own line, blank line and fence under it': `<details>\n<summary>${HEADER}</summary>\n${fenced}`,
    'details and summary on one line': `<details><summary>${HEADER}</summary>\n${fenced}`,
    'tags in capitals, attributes, spaces': `<DETAILS open>\n  <Summary class="x"> ${HEADER} </Summary>\n${fenced}`,
    'summary with bold markup around the header': `<details><summary><b>${HEADER}</b></summary>\n${fenced}`,
    'header after the title\'s tags on their line': `<details><summary>stack</summary>${HEADER}\n${fenced}`,
    'a `<pre>` block instead of a fence': `<details><summary>${HEADER}</summary>\n<pre>\n${STACK.join('\n')}\n</pre>\n</details>\n`,
    'the stack right under the title': `<details><summary>${HEADER}</summary>\n${STACK.join('\n')}\n</details>\n`,
    'words before it': `The trace:\n\n<details>\n<summary>${HEADER}</summary>\n${fenced}\nThanks.\n`,
    'words before the header in the title': `<details><summary>Stack of ${HEADER}</summary>\n${fenced}`,
  };
  for (const [what, text] of Object.entries(titles)) {
    it(`${what}: the goroutine as Go printed it`, () => {
      assert.deepEqual(reading(text), PLAIN);
      // Whatever closes the paste, in pieces or whole.
      const a = analyzeGoroutineDump(text);
      assert.equal(a.dump.warnings.some(w => /truncated|cut off/.test(w.message)), false, a.dump.warnings.map(w => w.message).join('\n'));
    });
  }

  it('a title that repeats the header the block holds (with or without its colon) is read once', () => {
    for (const title of [HEADER, HEADER.replace(/:$/, '')]) {
      for (const body of [`${HEADER}\n${STACK.join('\n')}`, `${CRASH}\n\n${HEADER}\n${STACK.join('\n')}`]) {
        const read = reading(`<details><summary>${title}</summary>\n\n\`\`\`\n${body}\n\`\`\`\n</details>\n`);
        assert.deepEqual(read.goroutines, PLAIN.goroutines, `${title} over ${body.slice(0, 20)}`);
        const warnings = analyzeGoroutineDump(`<details><summary>${title}</summary>\n\n\`\`\`\n${body}\n\`\`\`\n</details>\n`).dump.warnings.map(w => w.message);
        assert.ok(!warnings.some(w => /dumps|truncated/.test(w)), warnings.join('\n'));
      }
    }
  });

  it('the crash line before the header in the title: the crash, and the goroutine that crashed', () => {
    const read = reading(`<details><summary>${CRASH} ${HEADER}</summary>\n${fenced}`);
    assert.deepEqual(read, { ...PLAIN, crash: CRASH });
    assert.match(analyzeGoroutineDump(`<details><summary>${CRASH} ${HEADER}</summary>\n${fenced}`).groups[0].suspect ?? '', /^1 goroutine crashed \(panic: no mapping for 'z'\) in codec\.\(\*Decoder\)\.lookup \(codec\.go:16\)/);
  });

  it('a crash line and a header in two titles, the stack in the second block', () => {
    const text = `<details><summary>${CRASH}</summary>\n\n</details>\n<details><summary>${HEADER}</summary>\n${fenced}`;
    const read = reading(text);
    assert.deepEqual(read.goroutines, PLAIN.goroutines);
  });

  it('a title without a header, or markup alone, is no title line to read', () => {
    for (const line of ['<details><summary>goroutine dump</summary>', '<summary>logs</summary>', '<details>', '<pre>goroutine 1 [running]:</pre>', 'goroutine 1 [running]:']) {
      assert.equal(summaryLinePieces(line, 0, line.length), null, line);
    }
    const line = '<details><summary>Trace</summary><b>goroutine 7 [select]:</b>';
    const pieces = summaryLinePieces(line, 0, line.length)!;
    const runs: string[] = [];
    for (let i = 0; i < pieces.length; i += 2) runs.push(line.slice(pieces[i], pieces[i + 1]));
    assert.deepEqual(runs, ['Trace', 'goroutine 7 [select]:']);
  });

  it('a title\'s header with no stack under it in the block is no goroutine', () => {
    const read = reading(`<details><summary>${HEADER}</summary>\n\nIt hangs here, see the logs.\n</details>\n`);
    assert.deepEqual(read.goroutines, []);
  });

  it('a title\'s header over a log line is dropped on both paths, whatever call comes after it', () => {
    // The byte path once kept the header in doubt over the log line (a junk line under a header) and read the call as its stack.
    for (const after of ['', `\n${STACK[0]}`, `\n${STACK.join('\n')}`]) {
      const read = reading(`<summary>${HEADER}</summary>\n2019/12/01 11:55:21 Launching health checks${after}`);
      assert.equal(read.goroutines.length, 0, after);
    }
  });
});
