import * as assert from 'node:assert/strict';
import { LineEndUnescaper } from '../../../src/core/goroutines/escapedLineEnds';
import { flushRewrites } from '../../../src/core/goroutines/heldBytes';
import { TabUnescaper } from '../../../src/core/goroutines/syslogEscapes';

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('goroutines: escapes put back in a text read in chunks', () => {
  it('bytes each rewrite holds at the end come out in the text\'s order, through the rewrites after it', () => {
    const rewrites = [new TabUnescaper(), new LineEndUnescaper()];
    const read = (chunk: string): string => text(rewrites.reduce((c, r) => r.rewrite(c), bytes(chunk)));
    // The backslash could start an escaped line break: held by the second; `#01` could be `#011`: held by the first.
    assert.equal(read('x\\'), 'x');
    assert.equal(read('#01'), '');
    assert.equal(text(flushRewrites(rewrites)), '\\#01');
  });

  it('an escape completed by the next chunk is put back', () => {
    const rewrites = [new TabUnescaper(), new LineEndUnescaper()];
    const read = (chunk: string): string => text(rewrites.reduce((c, r) => r.rewrite(c), bytes(chunk)));
    assert.equal(read('main.main()\\') + read('\n#0') + read('11/x/main.go:5 +0x1\n'), 'main.main()\n\t/x/main.go:5 +0x1\n');
    assert.equal(flushRewrites(rewrites).length, 0);
  });
});
