// A text that stops inside (or right after) a last `file:line`'s number in a race report's access or
// in a stack without its goroutine header: the digits are kept as read (as a goroutine's are,
// locationNumberCut.test.ts) and the truncation warning says that line may be cut short. Go-made
// inputs (race_then_panic.txt, headless_frames_elided.txt), cut after every digit of every location
// (the report's creator section's too: its goroutine keeps the digits, the warning says so),
// LF and CRLF, on both scanner paths.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readAlike } from './readAlike';

const RACE = readFileSync('test/fixtures/goroutines/race_then_panic.txt', 'utf8');
/** The race report alone: up to its closing `==================`. */
const REPORT = RACE.slice(0, RACE.indexOf('==================', 20));
const HEADLESS = readFileSync('test/fixtures/goroutines/headless_frames_elided.txt', 'utf8').split('\n').slice(0, 12).join('\n');

const LAYOUTS: Record<string, (text: string) => string> = { LF: text => text, CRLF: text => text.replace(/\n/g, '\r\n') };

/** Each location's number in `text` (one Go prints an offset after): where its digits start and end. */
function numbers(text: string): { start: number; end: number }[] {
  return [...text.matchAll(/\.go:(\d+) \+0x/g)].map(m => ({ start: m.index! + 4, end: m.index! + 4 + m[1].length }));
}

const truncation = (d: ReturnType<typeof readAlike>): string => d.warnings.find(w => w.message.startsWith('the dump is truncated'))?.message ?? '';

describe('goroutines: a race report or a headless stack cut inside its last line number', () => {
  for (const [layout, lay] of Object.entries(LAYOUTS)) {
    it(`${layout}: a race report's access or creator cut after each digit of each location keeps the digits and warns`, () => {
      const text = lay(REPORT);
      let accessesCut = 0;
      let creatorsCut = 0;
      for (const number of numbers(text)) {
        for (let at = number.start + 1; at <= number.end; at++) {
          const digits = text.slice(number.start, at);
          const d = readAlike(text.slice(0, at));
          const where = JSON.stringify(text.slice(at - 30, at));
          assert.equal(d.truncated, true, where);
          const last = d.goroutines.get(d.goroutines.length - 1);
          // The report's last section, a creator's (`Goroutine 6 (running) created at:`), is no access: its cut names no goroutine.
          if (at < text.indexOf('created at:')) {
            assert.equal(last.cut, true, where);
            assert.equal(String(last.frames[last.frames.length - 1].line), digits, where);
            assert.match(truncation(d), new RegExp(`so its line ${digits} may be cut short`), where);
            accessesCut++;
          } else {
            // Its creator keeps the digits as read, and the warning says they may be cut.
            assert.equal(String(d.goroutines.get(0).createdBy?.line), digits, where);
            assert.match(truncation(d), new RegExp(`the race report's creator section of goroutine 6 \\(from line \\d+\\) stops in or right after its last \`file:line\`'s number, so its line ${digits} may be cut short`), where);
            creatorsCut++;
          }
        }
      }
      // Four of the report's locations are accesses' (two digits each): eight cuts; one is the creator's: two.
      assert.equal(accessesCut, 8);
      assert.equal(creatorsCut, 2);
    });

    it(`${layout}: a stack without its header cut after each digit of each location keeps the digits and warns`, () => {
      const text = lay(HEADLESS);
      for (const number of numbers(text)) {
        for (let at = number.start + 1; at <= number.end; at++) {
          const digits = text.slice(number.start, at);
          const d = readAlike(text.slice(0, at));
          const where = JSON.stringify(text.slice(at - 30, at));
          assert.equal(d.truncated, true, where);
          const stack = d.headlessStacks[d.headlessStacks.length - 1];
          assert.equal(String(stack.frames[stack.frames.length - 1].line), digits, where);
          assert.equal(truncation(d), `the dump is truncated at line ${text.slice(0, at).split('\n').length}: the stack without its goroutine header from line 1 ` +
            `stops in or right after its last \`file:line\`'s number, so its line ${digits} may be cut short, and its goroutines are missing`, where);
        }
      }
    });
  }

  it('whole, or cut in the offset after the number, neither says the number may be cut', () => {
    for (const text of [REPORT, HEADLESS, `${HEADLESS}\n`, HEADLESS.slice(0, HEADLESS.lastIndexOf(' +0x') + 2)]) {
      assert.doesNotMatch(truncation(readAlike(text)), /may be cut short/);
    }
  });
});
