import assert from 'node:assert/strict';
import { contentSecurityPolicy, nonceSource } from '../../src/core/contentSecurityPolicy';

describe('content security policy: one builder for the webviews and the exported report', () => {
  it('a webview shell: its resources from the webview source, scripts by nonce (and wasm for the profile editor)', () => {
    assert.equal(
      contentSecurityPolicy({ styles: ['https://x.vscode-cdn.net'], images: ['https://x.vscode-cdn.net', 'data:'], fonts: ['https://x.vscode-cdn.net'], scripts: [nonceSource('abc'), "'wasm-unsafe-eval'"] }),
      "default-src 'none'; style-src https://x.vscode-cdn.net; img-src https://x.vscode-cdn.net data:; font-src https://x.vscode-cdn.net; script-src 'nonce-abc' 'wasm-unsafe-eval'");
  });

  it('a standalone file: no script directive at all, no base, no forms', () => {
    const policy = contentSecurityPolicy({ styles: [nonceSource('n1')], images: ['data:'], standalone: true });
    assert.equal(policy, "default-src 'none'; style-src 'nonce-n1'; img-src data:; base-uri 'none'; form-action 'none'");
    assert.ok(!policy.includes('"'), 'safe inside a double-quoted attribute');
  });
});
