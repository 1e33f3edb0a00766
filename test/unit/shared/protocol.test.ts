import assert from 'node:assert/strict';
import { parseProfileWebviewMessage } from '../../../src/shared/protocol';

describe('parseProfileWebviewMessage (untrusted webview input)', () => {
  it('accepts the messages the host understands', () => {
    assert.deepEqual(parseProfileWebviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseProfileWebviewMessage({ type: 'reopenAsText', extra: 'ignored' }), { type: 'reopenAsText' });
  });
  it('rejects anything else', () => {
    for (const raw of [null, undefined, 1, 'ready', [], {}, { type: 1 }, { type: 'runCommand', command: 'rm -rf' }, { type: '__proto__' }]) {
      assert.equal(parseProfileWebviewMessage(raw), undefined, JSON.stringify(raw));
    }
  });
});
