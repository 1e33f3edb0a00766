// A compromised or buggy webview: every message type with wrong shapes, 10^6-entry arrays and
// 100 MB strings is refused by its validator at once, and the one string the host reads from a
// webview (the SVG of a drawn view to save as PNG) is sized without a regex that backtracks
// (the old one took 10 s on 160 KB and was cubic: a 64 MB picture held the extension host for good).
import assert from 'node:assert/strict';
import { runBounded } from '../../hostile/bounded';
import type { Outcome } from '../../hostile/cases';
import { svgSize } from '../../../src/core/report/svgSize';

describe('hostile webview messages', function () {
  this.timeout(300_000); // wall time, which load stretches: runBounded ends a hang on its CPU time

  it('every validator refuses wrong shapes, huge arrays and 100 MB strings', async () => {
    const { value } = await runBounded<Outcome>('hostileWebviewMessages', [], { seconds: 30, heapMb: 1536 });
    // The incident view's export has no fields to be wrong; a PNG answer with a 100 MB data: URL is taken as "no picture".
    assert.deepEqual(value, { ok: { accepted: ['incident:export', 'profile:exportPng'] } });
  });

  for (const shape of ['widths', 'tags'] as const) {
    it(`a drawn picture of 64 MB of ${shape} is sized in bounded time`, async () => {
      const { value } = await runBounded<Outcome>('webviewPictureSize', [shape, 64 * 1024 * 1024], { seconds: 20, heapMb: 1536 });
      assert.deepEqual(value, { ok: { width: 1, height: 2 } });
    });
  }

  it('the root tag\'s width and height, as the webview draws them', () => {
    assert.deepEqual(svgSize('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="812.5" height="300" viewBox="0 0 1 1"><g width="9" height="9"/></svg>'), { width: 812.5, height: 300 });
    assert.deepEqual(svgSize('<svg viewBox="0 0 1 1"><rect width="5" height="5"/></svg>'), { width: 0, height: 0 });
    assert.deepEqual(svgSize('<svg width="5" height="6"'), { width: 0, height: 0 });
    assert.deepEqual(svgSize('no picture'), { width: 0, height: 0 });
  });
});
