import assert from 'node:assert/strict';
import {
  crossingKey, crossingName, crossingText, exactNamePattern, MAX_NAME_IN_TEXT_CHARS, nameInText, referenceWithinLimit, exactPatternReference, MAX_CROSSING_NAME_CHARS, parseNameReference, refersTo, resolveName,
} from '../../../src/shared/nameLimit';
import { compileLinearRegex } from '../../../src/core/linearRegex';

describe('names cut to cross (references)', () => {
  const stem = 'main.(*T).' + 'z'.repeat(MAX_CROSSING_NAME_CHARS);
  const a = `${stem}A`, b = `${stem}B`;

  it('a name that fits crosses whole; a longer one as its start, its length and its digest, within the limit', () => {
    assert.equal(crossingName('main.main'), 'main.main');
    const x = 'x'.repeat(MAX_CROSSING_NAME_CHARS);
    assert.equal(crossingName(x), x);
    const cut = crossingName(a);
    assert.equal(cut.length, MAX_CROSSING_NAME_CHARS);
    assert.match(cut, /… \(20011 characters, #[0-9a-f]{16}\)$/);
    const reference = parseNameReference(cut)!;
    assert.equal(reference.length, a.length);
    assert.ok(a.startsWith(reference.head));
    assert.notEqual(crossingName(a), crossingName(b));
  });

  it('a sentence crosses with each long name it holds written as that name\'s reference, then cut whole if still too long', () => {
    const sentence = `2 goroutines wait in ${a} since ${b}.`;
    const crossed = crossingText(sentence, [a, b, 'main.main']);
    const inText = (name: string) => referenceWithinLimit(name, MAX_NAME_IN_TEXT_CHARS);
    assert.equal(crossed, `2 goroutines wait in ${inText(a)} since ${inText(b)}.`);
    // What a field carries (crossingName) says how the sentence writes it: a view links the two.
    assert.equal(nameInText(crossingName(a)), inText(a));
    assert.equal(nameInText('main.main'), 'main.main');
    assert.ok(refersTo(inText(a), a) && !refersTo(inText(a), b));
    const pairs = '😀'.repeat(MAX_CROSSING_NAME_CHARS);
    assert.equal(nameInText(crossingName(pairs)), inText(pairs));
    assert.equal(crossingText('short', [a]), 'short');
    const long = 'w '.repeat(MAX_CROSSING_NAME_CHARS);
    assert.equal(crossingText(long), crossingName(long));
    assert.ok(crossingText(`${sentence} ${long}`, [a, b]).length <= MAX_CROSSING_NAME_CHARS);
  });

  it('a field that crosses shorter (a sample type, a label key) is cut to its own limit, as a reference', () => {
    const cut = referenceWithinLimit(a, 200);
    assert.equal(cut.length, 200);
    assert.ok(refersTo(cut, a) && !refersTo(cut, b));
    assert.equal(referenceWithinLimit('alloc_space', 200), 'alloc_space');
    assert.equal(crossingKey(a), cut);
    assert.equal(crossingKey('alloc_space'), 'alloc_space');
  });

  it('a cut never splits a surrogate pair', () => {
    const pairs = '😀'.repeat(MAX_CROSSING_NAME_CHARS);
    const cut = crossingName(pairs);
    const { head } = parseNameReference(cut)!;
    assert.ok(!/[\ud800-\udbff]$/.test(head));
    assert.ok(pairs.startsWith(head));
  });

  it('a reference refers to the name it was cut from only, and is resolved among names sharing its start', () => {
    const cutA = crossingName(a), cutB = crossingName(b);
    assert.ok(refersTo(cutA, a) && !refersTo(cutA, b) && refersTo(cutB, b) && !refersTo(cutB, a));
    assert.equal(resolveName(cutA, ['main.f', b, a]), a);
    assert.equal(resolveName(cutB, ['main.f', a, b]), b);
    assert.equal(resolveName('main.f', ['main.f', a]), 'main.f');
    assert.equal(resolveName('main.h', ['main.f', a]), undefined);
  });

  it('a whole name that happens to end like a tail is no reference unless its length says it was cut', () => {
    assert.equal(parseNameReference('abc… (3 characters, #0123456789abcdef)'), undefined);
    assert.equal(parseNameReference('abc… (4 characters, #0123456789abcdef)')?.length, 4);
    assert.equal(parseNameReference('main.(*T).Get'), undefined);
    assert.equal(parseNameReference('f… (12 characters, #XYZ)'), undefined);
  });

  it('the exact filter pattern of a long name fits the limit, and is read back as the reference it writes', () => {
    const long = 'pkg.' + '(x)|'.repeat(3000);
    for (const name of [crossingName(a), long, a.slice(0, 3000)]) {
      const pattern = exactNamePattern(name, 2000);
      assert.ok(pattern.length <= 2000, `${pattern.length}`);
      const literal = exactPatternReference(pattern);
      assert.ok(literal !== undefined, pattern.slice(-80));
      // The crossing reference's pattern names the whole name it was cut from.
      assert.ok(refersTo(literal, name === crossingName(a) ? a : name));
      // pprof reads the pattern as a regex: it is valid RE2, and matches no real name by itself.
      assert.doesNotThrow(() => compileLinearRegex(pattern, 'focus'));
    }
    assert.ok(refersTo(exactPatternReference(exactNamePattern(crossingName(a), 2000))!, a));
    assert.ok(!refersTo(exactPatternReference(exactNamePattern(crossingName(a), 2000))!, b));
    assert.ok(refersTo(exactPatternReference(exactNamePattern(long, 2000))!, long));
  });

  it('a short exact pattern, or any real regex, stays a regex', () => {
    assert.equal(exactNamePattern('main.(*T).f', 2000), '^main\\.\\(\\*T\\)\\.f$');
    assert.equal(exactPatternReference('^main\\.f$'), undefined);
    assert.equal(exactPatternReference('^main.f… \\(9 characters, #0123456789abcdef\\)$'), undefined, 'an unescaped dot is a regex');
    assert.equal(exactPatternReference('^a… \\(9 characters, #0123456789abcdef\\)\\$'), undefined, 'not anchored at the end');
    assert.equal(exactPatternReference('^a… \\(9 characters, #0123456789abcdef\\)$'), 'a… (9 characters, #0123456789abcdef)');
  });
});
