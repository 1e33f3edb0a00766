import assert from 'node:assert/strict';
import { parseArgs, flagInt, UsageError } from '../../../src/cli/args';
import { runCli } from '../../../src/cli/main';

describe('CLI arguments', () => {
  it('parses positional, --k v, --k=v and booleans', () => {
    const a = parseArgs(['f.pb.gz', '--nodecount', '5', '--focus=Unmarshal', '--json'], ['nodecount', 'focus'], ['json']);
    assert.deepEqual(a.positional, ['f.pb.gz']);
    assert.equal(flagInt(a, 'nodecount'), 5);
    assert.equal(a.flags.get('focus'), 'Unmarshal');
    assert.equal(a.flags.get('json'), true);
  });
  it('rejects unknown options, missing values and non-numbers as usage errors', () => {
    assert.throws(() => parseArgs(['--nope'], [], []), UsageError);
    assert.throws(() => parseArgs(['--focus'], ['focus'], []), UsageError);
    assert.throws(() => flagInt(parseArgs(['--nodecount', 'x'], ['nodecount'], []), 'nodecount'), UsageError);
    // A number past 2^53 (a capture's --timeout of 400 digits was read as 30 s, unsaid) is out of range, as Go's flag says.
    assert.throws(() => flagInt(parseArgs(['--timeout', '1' + '0'.repeat(400)], ['timeout'], []), 'timeout'),
      (e: unknown) => e instanceof UsageError && /^--timeout takes a whole number up to 9007199254740991, got "10+/.test(e.message));
    assert.equal(flagInt(parseArgs(['--timeout', '9007199254740991'], ['timeout'], []), 'timeout'), 9007199254740991);
  });
  it('exits 2 on an unknown command and on no command', async () => {
    const err: string[] = [];
    const io = { out: () => undefined, err: (t: string) => { err.push(t); } };
    assert.equal(await runCli(['frobnicate'], io), 2);
    assert.match(err.join(''), /unknown command "frobnicate"/);
    assert.equal(await runCli([], io), 2);
  });
});
