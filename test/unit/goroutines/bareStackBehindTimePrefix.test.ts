// A logger's stack of bare names (pkg/errors' %+v, zap's `stacktrace`: `main.(*store).fetch`, no
// arguments) behind a prefix whose first word holds a colon (an RFC 3339 time, a `14:41:42` clock):
// the byte path took such a line for junk (a colon is in no bare name) where the text path read the
// stack. The Go-made log (logger_stack_compose.txt) behind each prefix reads alike on both paths, its
// two stacks as behind compose's prefix.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readAlike } from './readAlike';

const LOG = readFileSync('test/fixtures/goroutines/logger_stack_compose.txt', 'utf8').replace(/^api-1 {2}\| /gm, '');
const stacks = (text: string) => readAlike(text).headlessStacks.map(s => [s.lines.start, s.lines.end, s.frames[0].func, s.frames.length]);

describe('goroutines: a stack of bare names behind a prefix whose first word holds a colon', () => {
  const expected = stacks(readFileSync('test/fixtures/goroutines/logger_stack_compose.txt', 'utf8'));

  it('the log behind compose\'s prefix has its two stacks (the reading compared against)', () => {
    assert.deepEqual(expected.map(s => s[2]), ['main.(*store).fetch', 'main.main']);
  });

  for (const prefix of ['2026-12-07T10:00:00.123Z ', '2026-12-07T10:00:00.123Z stderr ', '14:41:42 ', '10:00:01.5 app[12]: ', '2017-09-23 00:29:55.672 info docker[41953]: ']) {
    it(`behind \`${prefix}\` on every line: the same stacks on both paths`, () => {
      const text = LOG.split('\n').map(line => (line === '' ? line : prefix + line)).join('\n');
      assert.deepEqual(stacks(text), expected);
    });
  }

  it('prose behind such a prefix that ends in a dotted word stays junk on both paths', () => {
    const d = readAlike('2026-12-07T10:00:00Z loaded config from app.yaml\n2026-12-07T10:00:00Z dialing db.example.com\n');
    assert.deepEqual([d.headlessStacks.length, [...d.goroutines].length], [0, 0]);
  });
});
