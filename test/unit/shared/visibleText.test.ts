import assert from 'node:assert/strict';
import { hasHiddenCharacters, hiddenCharacterMark, visibleLine, visibleText } from '../../../src/shared/visibleText';
import { withVisibleControls } from '../../../src/core/format';

describe('hidden characters shown visibly', () => {
  it('text without them is itself (a name Go writes, non-Latin letters, pairs, emoji)', () => {
    for (const text of ['main.(*T).Get[go.shape.string]', 'Ünïcødé.Прив', '数据.处理', 'emoji😀', '/home/u/go/pkg/mod/x@v1/f.go', 'a b']) {
      assert.equal(visibleText(text), text);
      assert.equal(hasHiddenCharacters(text), false);
    }
  });

  it('bidi controls, zero-width and invisible characters are marked, never applied', () => {
    assert.equal(visibleText('main.\u202eexe.go'), 'main.⟨U+202E⟩exe.go');
    assert.equal(visibleText('Han\u200bdle'), 'Han⟨U+200B⟩dle');
    const all = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f, 0x061c, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];
    for (const code of all) {
      const shown = visibleText(`a${String.fromCharCode(code)}b`);
      assert.equal(shown, `a${hiddenCharacterMark(code)}b`);
      assert.ok(!shown.includes(String.fromCharCode(code)));
    }
  });

  it('C0 and C1 controls, DEL and lone surrogate halves are marked; a pair is kept', () => {
    assert.equal(visibleText('a\u0000b\u001b[31m\u007f\u0085\u009b'), 'a⟨U+0000⟩b⟨U+001B⟩[31m⟨U+007F⟩⟨U+0085⟩⟨U+009B⟩');
    assert.equal(visibleText('x\ud800y'), 'x⟨U+D800⟩y');
    assert.equal(visibleText('x\udc00'), 'x⟨U+DC00⟩');
    assert.equal(visibleText('\ud83d\ude00'), '\ud83d\ude00');
    assert.equal(visibleText('\ud83d\ud83d\ude00'), '⟨U+D83D⟩\ud83d\ude00');
  });

  it('a byte that was not UTF-8 (kept as U+DC00 + the byte) is shown as the byte', () => {
    assert.equal(visibleText('caf\udce9.go'), 'caf⟨\\xE9⟩.go');
  });

  it('a line of source keeps its tabs, and marks the rest', () => {
    assert.equal(visibleLine('\tif isAdmin {\u202e\u2066// check later\u2069\u2066'), '\tif isAdmin {⟨U+202E⟩⟨U+2066⟩// check later⟨U+2069⟩⟨U+2066⟩');
    assert.equal(visibleLine('\t\treturn nil'), '\t\treturn nil');
  });

  it('the CLI\'s text writes the controls and bidi controls of the same table as U+FFFD, tabs and line feeds kept, the rest as pprof', () => {
    assert.equal(withVisibleControls('a\tb\nc\u0001\u001b[31m\u0085\u202e\u2066\u200f\u061c'), 'a\tb\nc\ufffd\ufffd[31m\ufffd\ufffd\ufffd\ufffd\ufffd');
    // A carriage return in a name would return the cursor to overwrite its row; the CLI writes none of its own.
    assert.equal(withVisibleControls('main.evil\r      9  0.01%\r\n'), 'main.evil\ufffd      9  0.01%\ufffd\n');
    assert.equal(withVisibleControls('Han\u200bdle\ufeff'), 'Han\u200bdle\ufeff');
  });

  it('a name cannot imitate a mark: the mark\'s bracket is marked too', () => {
    assert.equal(visibleText('a⟨U+202E⟩b'), 'a⟨U+27E8⟩U+202E⟩b');
    assert.notEqual(visibleText('a⟨U+202E⟩b'), visibleText('a\u202eb'));
  });

  it('two names that look one are shown apart', () => {
    const names = ['main.Handle', 'main.Han\u200bdle', 'main.Handle\ufeff', 'main.Hand\u0085le'];
    assert.equal(new Set(names.map(visibleText)).size, names.length);
    assert.equal(visibleText(names[0]), 'main.Handle');
  });

  it('linear on a long text of marks', () => {
    const text = '\u202e'.repeat(1_000_000);
    const started = process.cpuUsage();
    assert.equal(visibleText(text).length, 8_000_000);
    assert.ok(process.cpuUsage(started).user / 1000 < 5000);
  });
});
