// Export from the profile editor in the web build, as a user does it: the Export menu, then VS Code's
// own save dialog in the browser (a path box offering a name beside the profile), accepted as offered.
import * as assert from 'assert';
import * as fs from 'fs';
import { inWebview, waitInWebview } from '../harness';
import { PROFILE_FRAME, chooseMenuItem } from '../profileEditorDriver';

const WORKBENCH = '.monaco-workbench';

/**
 * Exports through `menuItem` to the name the dialog offers (it must end with `offeredName`);
 * `beforeAccept` runs while the dialog is open (a screenshot). Returns the file's path and bytes.
 */
export async function exportThroughSaveDialog(menuItem: string, offeredName: string, beforeAccept?: () => Promise<void>): Promise<{ path: string; bytes: Uint8Array }> {
  await inWebview({ frame: PROFILE_FRAME, op: 'click', selector: '.gpe-export' });
  await chooseMenuItem(menuItem);
  const offered = await waitInWebview<string>(WORKBENCH, `the save dialog offering ${offeredName}`, `
    const i = document.querySelector('.quick-input-widget input'); return i && i.value.endsWith(${JSON.stringify(`/${offeredName}`)}) && i.value;`, 30000);
  // The workspace is the test machine's folder, so the offered path is a local one; a file left
  // from an earlier run would make the dialog ask about overwriting it.
  fs.rmSync(offered, { force: true });
  await beforeAccept?.();
  await inWebview({ frame: WORKBENCH, op: 'press', selector: '.quick-input-widget input', key: 'Enter' });
  await waitInWebview(PROFILE_FRAME, `${offeredName} exported`, `return (document.querySelector('.gpe-status')?.textContent ?? '').startsWith(${JSON.stringify(`Exported ${offeredName}`)})`, 60000);
  assert.ok(fs.existsSync(offered), `${offered} written`);
  return { path: offered, bytes: fs.readFileSync(offered) };
}
