// The goroutines command's --json is written in pieces: the text must be JSON.stringify(value, null, 2)'s.
import assert from 'node:assert/strict';
import { JsonRecords, writePrettyJson, writePrettyJsonBytes } from '../../../src/cli/prettyJson';

function written(value: unknown): { text: string; pieces: number } {
  let text = '', pieces = 0;
  writePrettyJson(value, t => { text += t; pieces++; });
  return { text, pieces };
}

/** The pieces writePrettyJsonBytes hands on for `value`, each as its bytes (latin1). */
function piecesOf(value: unknown): string[] {
  const pieces: string[] = [];
  writePrettyJsonBytes(value, bytes => { pieces.push(Buffer.from(bytes).toString('latin1')); });
  return pieces;
}

describe('cli: writePrettyJson', () => {
  it('writes what JSON.stringify(value, null, 2) writes', () => {
    const values: unknown[] = [
      null, 0, -0, NaN, 1e300, true, '', 'a"b\\\n\u2028\u0000', [], {}, [[], {}, [[1]]],
      { a: undefined, f: () => 1, b: [undefined, () => 1, Symbol('s'), NaN], c: { d: { e: 'x' } }, 'k"\n': false },
      { 1: 'one', b: 2, 0: 'zero' }, [{ frames: [{ func: 'main.f', file: '/a.go', line: 3 }], createdBy: null, labels: {} }],
    ];
    for (const value of values) assert.equal(written(value).text, JSON.stringify(value, null, 2));
  });

  it('writes a large result in pieces of 64 Ki characters, not as one string', () => {
    const frames = Array.from({ length: 100_000 }, (_, i) => ({ func: `main.f${i}`, file: '/src/main.go', line: i + 1 }));
    const { text, pieces } = written({ groups: [{ count: 1, frames }] });
    assert.equal(text, JSON.stringify({ groups: [{ count: 1, frames }] }, null, 2));
    assert.ok(pieces >= 100 && pieces <= 200, `${pieces} pieces for ${text.length} characters`);
  });

  it('writes the same UTF-8 bytes as the text, in pieces of 64 KiB', () => {
    const value = { names: ['main.f', 'é\u{1F600}', 'x'.repeat(200_000), 'a"b\\c\u0001\ud800'], n: [1.5, -0, 2 ** 60, -7], big: 12345678901234567890n };
    const pieces: Uint8Array[] = [];
    writePrettyJsonBytes(value, bytes => { pieces.push(bytes.slice()); });
    assert.equal(Buffer.concat(pieces).toString('utf8'), written(value).text);
    assert.ok(pieces.length >= 3 && pieces.every(p => p.length <= 1 << 16 || p.length > 200_000), pieces.map(p => p.length).join(' '));
  });

  it('writes JsonRecords as the list of objects of exactly its keys, in their order', () => {
    const frames = [{ func: 'main.f', file: '/a.go', line: 3, extra: 1 }, { file: 'b "quoted".go', func: 'pkg.(*T).g', line: 0 }, { func: undefined, file: '', line: 7 }];
    const picked = frames.map(f => ({ func: f.func, file: f.file, line: f.line }));
    assert.equal(written({ frames: new JsonRecords(frames, ['func', 'file', 'line']), none: new JsonRecords([], ['func']) }).text,
      JSON.stringify({ frames: picked, none: [] }, null, 2));
  });

  it('cuts JsonRecords into the same pieces as the plain objects they stand for', () => {
    // Names of varied lengths, so the pieces end at every place in a frame (a key's parts, a value).
    const frames = Array.from({ length: 20_000 }, (_, i) => ({ func: `pkg.F${'x'.repeat(i % 23)}${i}`, file: `/src/${'d/'.repeat(i % 7)}a.go`, line: i * 37 }));
    const asRecords = piecesOf({ frames: new JsonRecords(frames, ['func', 'file', 'line']) });
    const asObjects = piecesOf({ frames });
    assert.ok(asRecords.length > 20, `${asRecords.length} pieces`);
    assert.deepEqual(asRecords.map(p => p.length), asObjects.map(p => p.length));
    assert.equal(asRecords.join(''), JSON.stringify({ frames }, null, 2));
  });

  it('cuts JsonRecords whose items repeat a string into the same pieces as the plain objects', () => {
    // Runs of one file per frame (a stack's frames share theirs), escaped, non-ASCII and longer than a piece among them.
    const files = ['/src/main.go', 'a "quoted"\\path.go', 'é/\u{1F600}.go', `/${'p'.repeat(70_000)}.go`];
    const frames = Array.from({ length: 3_000 }, (_, i) => ({ func: `pkg.F${'x'.repeat(i % 13)}`, file: i % 500 < 7 ? files[3] : files[Math.floor(i / 7) % 3], line: i }));
    const asRecords = piecesOf({ frames: new JsonRecords(frames, ['func', 'file', 'line']) });
    const asObjects = piecesOf({ frames });
    assert.deepEqual(asRecords.map(p => p.length), asObjects.map(p => p.length));
    assert.equal(Buffer.from(asRecords.join(''), 'latin1').toString('utf8'), JSON.stringify({ frames }, null, 2));
  });

  it('writes objects of string fields of every kind, at every depth, as JSON.stringify does', () => {
    // Plain, escaped, non-ASCII, empty and longer than a piece, after a string, a number, null, an
    // object or nothing; more keys than the table of keys keeps (label keys come from the file).
    const strings = ['main.f', 'a "quoted"\\path', 'é\u{1F600}', '', 'x'.repeat(70_000), 'tab\there'];
    const labels = Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`key${i}${i % 3 ? '' : '"'}`, strings[i % strings.length]]));
    const groups = Array.from({ length: 60 }, (_, i) => ({
      state: strings[i % strings.length], count: i, waitMinutes: i % 4 ? null : { min: i }, labels: i % 25 ? { a: strings[(i + 1) % strings.length] } : labels,
      suspect: i % 3 ? strings[(i + 2) % strings.length] : null, nested: { deeper: { last: strings[(i + 3) % strings.length] } }, empty: {},
    }));
    const value = { groups, format: 'debug=2', frames: new JsonRecords([], ['func']), tail: 'end' };
    const expected = JSON.stringify({ ...value, frames: [] }, null, 2);
    assert.equal(written(value).text, expected);
    const pieces = piecesOf(value);
    assert.equal(Buffer.from(pieces.join(''), 'latin1').toString('utf8'), expected);
    assert.ok(pieces.every(p => p.length <= 1 << 16 || p.length > 70_000), pieces.map(p => p.length).join(' '));
  });

  it('writes a bigint (a goroutine id past 2^53) as the number token of its digits', () => {
    assert.equal(written({ goroutineIds: [1, 18446744073709551615n] }).text, '{\n  "goroutineIds": [\n    1,\n    18446744073709551615\n  ]\n}');
  });
});
