// A race report that a paste cut inside its creator section's header (`Goroutine 7 (running) cre`):
// the text was cut, whatever closes the paste after it, on both paths. The report is
// scripts/go/stdlibrace's (Go 1.19), cut at every character of that line.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readAlike } from './readAlike';

const REPORT = readFileSync('test/fixtures/goroutines/race_stdlib_access_first_exec_output_buffer.txt', 'utf8').split('\n').slice(0, 33);
const CREATOR_LINE = REPORT.findIndex(line => line.startsWith('Goroutine 7 (running) created at:'));

describe('goroutines: a race report cut in its creator section\'s header', () => {
  it('is cut at every character after the id, whatever closes the paste', () => {
    const line = REPORT[CREATOR_LINE];
    const before = REPORT.slice(0, CREATOR_LINE).join('\n');
    for (let at = 'Goroutine 7'.length; at < line.length; at++) {
      for (const closer of ['', '\n', '\n```\n']) {
        const dump = readAlike(`${before}\n${line.slice(0, at)}${closer}`);
        assert.deepEqual([dump.truncated, [...dump.goroutines].map(g => g.id)], [true, [7, 1]], `${line.slice(0, at)} ${JSON.stringify(closer)}`);
      }
    }
  });

  it('a sentence that starts with the same words after a whole report is no cut', () => {
    const whole = REPORT.join('\n');
    for (const after of ['Goroutine 7 is the culprit here', 'Goroutine 7 (running) created at: main.go, see above']) {
      assert.equal(readAlike(`${whole}\n\n${after}\n`).truncated, false, after);
    }
  });
});
