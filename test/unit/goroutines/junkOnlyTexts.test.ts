// A paste of a few junk characters and nothing else (a dump cut after its first byte, `-`; a stray
// separator): one reading on both scanner paths, and one error that says what the text held. A
// lone `-` is an empty log column only on the blank line under a crash line, which line 1 has not.
import assert from 'node:assert/strict';
import { readGoroutines } from '../../../src/core/input';
import { readAlike } from './readAlike';

const errorOf = (text: string): string => {
  try { readGoroutines(new TextEncoder().encode(text)); } catch (e) { return (e as Error).message; }
  return assert.fail(`read as a dump: ${JSON.stringify(text)}`);
};

describe('goroutines: a text of a few junk characters', () => {
  it('`-`, alone or over more junk, with or without a line break: a skipped line on both paths, said in the error', () => {
    for (const text of ['-', '-\n', '-\r\n', '-\n-', '-\nx', ' - ', '- \n\n']) {
      const d = readAlike(text);
      assert.equal(d.goroutines.length, 0);
      assert.deepEqual(d.warnings.map(w => w.line), [1], JSON.stringify(text));
      assert.match(d.warnings[0].message, /skipped \d lines? that (is|are) not part of a goroutine dump, starting "-"/);
      assert.match(errorOf(text), /^no goroutine dump found in the \d lines? read\.\nLines? 1(–2)?: skipped .* starting "-"\.\nWhat is read: /);
    }
  });

  it('other junk characters alone: the same error, each path alike', () => {
    for (const text of ['x', '*', '...', '#', '|', '>', '+', '-x', '- -']) {
      readAlike(text);
      assert.match(errorOf(text), /^no goroutine dump found in the 1 line read\.\nLine 1: skipped 1 line/, JSON.stringify(text));
    }
  });

  it('only separators or blank lines: an error that says so; an empty input: that it is empty', () => {
    for (const text of ['--', '-----', '```', '~~~\n', '\n\n', ' ', '--\n\n```\n']) {
      const d = readAlike(text);
      assert.deepEqual(d.warnings, [], JSON.stringify(text));
      assert.match(errorOf(text), /^no goroutine dump found in the \d lines? read: (it holds|they hold) nothing but blank lines and separators \(`--`, a fence\)\.\nWhat is read: /, JSON.stringify(text));
    }
    assert.match(errorOf(''), /^no goroutine dump found: the input is empty\.\nWhat is read: /);
  });

  it('a `-` under a crash line is still the empty column of a log export', () => {
    const d = readAlike('panic: boom -\n-\ngoroutine 1 [running]: -\nmain.main() -\n\t/app/main.go:5 +0x1d -\n');
    assert.equal(d.goroutines.length, 1);
    assert.equal(d.crash?.message, 'panic: boom');
    assert.deepEqual(d.warnings, []);
  });
});
