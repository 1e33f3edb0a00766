// A test that acts on a running load (presses Cancel, waits for a 1 s time limit) races the
// load: what it waits for comes after a second, and a fast machine may have drawn the profile by
// then. Such a test tries larger profiles until its act landed while the load ran, and says so.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { SLOW_LOAD_SAMPLES, manySamples } from './craftedProfiles';
import { closeAllEditors } from './harness';

/** What `act` returns when the profile drew before the act could land. */
export const DREW_FIRST = Symbol('the profile drew first');

/** True in a profile editor's webview once the load drew the view (no error, the flame graph's frames). */
export const DRAWN_EXPRESSION = `(!document.querySelector('.gpe-error') && document.querySelectorAll('.gpe-flame-pane g.frame').length > 0)`;

/**
 * Writes a profile of each of SLOW_LOAD_SAMPLES samples (one 16-deep stack, slow to decode) to
 * `uriOf(samples)` in turn and runs `act` on it, until `act` landed while the load ran.
 */
export async function actWhileLoading<T>(uriOf: (samples: number) => vscode.Uri, act: (uri: vscode.Uri, samples: number) => Promise<T | typeof DREW_FIRST>): Promise<T> {
  for (const samples of SLOW_LOAD_SAMPLES) {
    const uri = uriOf(samples);
    await vscode.workspace.fs.writeFile(uri, await manySamples(samples));
    const outcome = await act(uri, samples);
    if (outcome !== DREW_FIRST) return outcome;
    console.log(`slow load: ${samples} samples drew before the test could act on the load; trying a larger profile`);
    await closeAllEditors();
    await vscode.workspace.fs.delete(uri);
  }
  return assert.fail(`every profile (${SLOW_LOAD_SAMPLES.join(', ')} samples) drew before the test could act on its load`);
}
