// compileLinearRegex: Go's syntax, linear time, and a clear error for what RE2 lacks.
import assert from 'node:assert/strict';
import { compileLinearRegex, RegexSyntaxError } from '../../src/core/linearRegex';
import { withinCpu } from '../hostile/threadCpu';

describe('regexes from data (RE2)', () => {
  it('reads Go syntax: inline flags, POSIX classes, \\Q…\\E, (?P<name>)', () => {
    assert.ok(compileLinearRegex('(?i)^RUNTIME\\.', 'focus').test('runtime.mallocgc'));
    assert.ok(compileLinearRegex('[[:digit:]]+', 'focus').test('line 42'));
    assert.ok(compileLinearRegex('\\Q(*T).M\\E', 'focus').test('main.(*T).M'));
    assert.deepEqual(compileLinearRegex('(?P<pkg>[a-z]+)\\.', 'focus').exec('main.f')?.groups, ['main.', 'main']);
  });

  it('anchored matches the whole text, as pprof\'s ^(…)$ for drop_frames', () => {
    const drop = compileLinearRegex('runtime\\..*|main\\.', 'drop_frames', { anchored: true });
    assert.ok(drop.test('runtime.mallocgc'));
    assert.ok(drop.test('main.'));
    assert.ok(!drop.test('main.main'));
  });

  it('takes /…/ flags and answers match positions in UTF-16 units', () => {
    const r = compileLinearRegex('anago-([^/]+)/', 'sourceMappings', { flags: 'i' });
    assert.deepEqual(r.exec('/wörkspace/ANAGO-1.30/x.go'), { groups: ['ANAGO-1.30/', '1.30'], index: 11 });
    assert.throws(() => compileLinearRegex('a', 'x', { flags: 'y' }), /unknown flag "y"/);
  });

  it('says when the syntax is one RE2 lacks', () => {
    for (const [source, cue] of [['(?=x)', '(?='], ['(?<!x)y', '(?<'], ['(a)\\1', '\\1']]) {
      assert.throws(() => compileLinearRegex(source, 'ignore'), (e: Error) => {
        assert.ok(e instanceof RegexSyntaxError && e instanceof SyntaxError);
        assert.ok(e.message.startsWith(`invalid ignore regular expression "${source}": `), e.message);
        assert.ok(e.message.includes(cue) && e.message.includes('no lookaround, no backreferences'), e.message);
        return true;
      });
    }
    assert.throws(() => compileLinearRegex('[a', 'hide'), /: invalid hide regular expression "\[a": missing closing \]/);
  });

  it('is linear where a backtracking engine is exponential', () => {
    withinCpu(10_000, () => {
      assert.equal(compileLinearRegex('(a+)+b', 'focus').test('a'.repeat(100_000) + '!'), false);
      assert.equal(compileLinearRegex('(a|aa)*c', 'focus', { anchored: true }).test('a'.repeat(100_000)), false);
    });
  });
});
