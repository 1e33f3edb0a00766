// A dump copied from a page that autolinked `github.com/…` (markdownAutolinks.ts): each
// `[text](http://text)` reads as its text, whatever the chunks the text is read in; a prose link
// whose text is not its URL stays as it is. A crash line set in bold (markdownEmphasis.ts) reads
// without its markers. And a runtime error wrapped at a word's end (wrappedCrashLine.ts) reads whole.
import assert from 'node:assert/strict';
import { analyzeGoroutineDump, GoroutineDumpScanner } from '../../../src/core/goroutines';
import { unlinkLine } from '../../../src/core/goroutines/markdownAutolinks';

const link = (text: string, scheme = 'http') => `[${text}](${scheme}://${text})`;
const DUMP = [
  '2023/09/19 02:46:43 http: panic serving 10.0.0.1:45502: runtime error: invalid memory address or nil pointer dereference',
  'goroutine 60488 [running]:',
  'net/http.(*conn).serve.func1()',
  '\tnet/http/server.go:1868 +0xb9',
  'panic({0x4584640?, 0xc0046e3e50?})',
  '\truntime/panic.go:920 +0x270',
  'github.com/acme/app/api.(*Handler).Write(0xc003486270, {0x63ecd00, 0xc0029c2000})',
  '\tgithub.com/acme/app@v1.2.0/api/handler.go:74 +0xc5',
  'github.com/acme/app/api.Serve[...](0xc001957b30)',
  '\tgithub.com/acme/app@v1.2.0/api/serve.go:52 +0x6f6',
  'created by net/http.(*Server).Serve in goroutine 1',
  '\tnet/http/server.go:3086 +0x5cb',
];
/** The dump as the page gave it back: each `github.com/…` span up to its first `, ` or space a link. */
const LINKED = DUMP.map(l => l.replace(/(github\.com\/[^ ,]*)/, (_m, span: string) => link(span, span.includes('serve') ? 'https' : 'http')));

const summary = (input: string) => {
  const a = analyzeGoroutineDump(input);
  return { crash: a.dump.crash?.message, frames: [...a.dump.goroutines].map(g => g.frames.map(f => `${f.func} ${f.file}:${f.line}`)), suspect: a.groups[0]?.suspect, warnings: a.dump.warnings };
};

describe('goroutines: a dump whose `github.com/…` spans a page turned into markdown links', () => {
  it('reads as the dump without the links: frames, crash and culprit, nothing skipped', () => {
    assert.notEqual(LINKED.join('\n'), DUMP.join('\n'));
    const read = summary(`The original error:\n\`\`\`\n${LINKED.join('\n')}\n\`\`\`\n`);
    assert.deepEqual(read.frames, summary(`\`\`\`\n${DUMP.join('\n')}\n\`\`\`\n`).frames);
    assert.match(read.suspect ?? '', /in api\.\(\*Handler\)\.Write \(handler\.go:74\)/);
    assert.deepEqual(read.warnings.filter(w => !/skipped 1 line/.test(w.message)), []);
  });

  it('reads the same in chunks of any size', () => {
    const bytes = new TextEncoder().encode(`${LINKED.join('\n')}\n`);
    const whole = summary(`${LINKED.join('\n')}\n`).frames;
    for (const size of [1, 3, 17, 64, 1000]) {
      const scanner = new GoroutineDumpScanner();
      for (let at = 0; at < bytes.length; at += size) scanner.push(bytes.subarray(at, at + size));
      assert.deepEqual([...scanner.finish().goroutines].map(g => g.frames.map(f => `${f.func} ${f.file}:${f.line}`)), whole, `chunks of ${size}`);
    }
  });

  it('puts back only a link whose URL is its text behind a scheme', () => {
    assert.equal(unlinkLine(`\t${link('github.com/a/b.go:7')} +0x1`), '\tgithub.com/a/b.go:7 +0x1');
    assert.equal(unlinkLine('see [the docs](https://example.com/docs) and [x](http://y)'), 'see [the docs](https://example.com/docs) and [x](http://y)');
    assert.equal(unlinkLine(`${link('a.go:1')} ${link('b.go:2')}`), 'a.go:1 b.go:2');
    assert.equal(unlinkLine('](http://'.repeat(5000)), '](http://'.repeat(5000));
  });
});

describe('goroutines: a runtime error a wrap at a word\'s end cut', () => {
  it('reads the next line as the rest of the error, and only the rest', () => {
    const dump = (first: string, second: string) => analyzeGoroutineDump([
      first, second, 'goroutine 410 [running]:', 'main.handle(0x0)', '\t/src/main.go:9 +0x1d', 'created by main.main in goroutine 1', '\t/src/main.go:4 +0x25', '',
    ].join('\n'));
    const wrapped = dump('panic: runtime error: invalid memory address or nil pointer', 'dereference');
    assert.equal(wrapped.dump.crash?.message, 'panic: runtime error: invalid memory address or nil pointer dereference');
    assert.deepEqual(wrapped.dump.warnings, []);
    assert.equal(dump('panic: runtime error: index out of', 'range [5] with length 3').dump.crash?.message, 'panic: runtime error: index out of range [5] with length 3');
    assert.equal(dump('panic: runtime error: invalid memory address or nil pointer derefe', 'rence').dump.crash?.message, 'panic: runtime error: invalid memory address or nil pointer dereference');
    // A line that does not go on with the error is no part of it.
    const serving = 'http: panic serving 10.0.0.1:5: runtime error: invalid memory address or nil pointer';
    assert.equal(dump(serving, 'retrying later').dump.crash?.message, serving);
    assert.equal(dump(serving, 'dereference').dump.crash?.message, `${serving} dereference`);
  });
});

describe('goroutines: a crash line set in markdown bold or italics', () => {
  it('reads the message without the closing marker, and keeps a marker the line did not open', () => {
    const crash = (line: string) => analyzeGoroutineDump([
      'Same crash here:', '', line, '', 'goroutine 7 [running]:', 'runtime.throw(0x1, 0x2)', '\t/usr/local/go/src/runtime/panic.go:1116 +0x72',
      'main.update(0xc000010000)', '\t/src/main.go:12 +0x5d', 'created by main.main', '\t/src/main.go:8 +0x3f', '',
    ].join('\n')).dump.crash?.message;
    assert.equal(crash('**fatal error: concurrent map read and map write**'), 'fatal error: concurrent map read and map write');
    assert.equal(crash('__fatal error: concurrent map writes__'), 'fatal error: concurrent map writes');
    assert.equal(crash('*fatal error: concurrent map writes*'), 'fatal error: concurrent map writes');
    assert.equal(crash('panic: glob **'), 'panic: glob **');
  });
});
