// The Peek and Source views as a user walks them on a real profile of thousands of callers (pprof's
// own large test profile: main.next, 22,999 callers): alone (~1350 px) and beside a source file
// (~530 px), light and dark, paged with "next 20". Screenshots to look at, and what must stay readable.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { DARK_THEME, EXTENSION_ID, closeAllEditors, fixtureUri, hasBrowser, inWebview, screenshot, waitFor, waitInWebview, withColorTheme } from './harness';
import { PROFILE_FRAME as FRAME, chooseMenuItem, evalInProfile, openProfile } from './profileEditorDriver';
import { CUT_TEXT } from './textChecks';

const FUNC = 'main.next';

function corpusFile(name: string): vscode.Uri {
  return vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'test', 'fixtures', 'corpus', name);
}

/**
 * What a user sees of the pane: its width, text cut or past the window, whether the column heads, the function's
 * own row and its first callee are in sight, the callers drawn as rows and the first one's weight.
 */
interface PaneSeen {
  width: number; height: number; sideways: number; cut: string[]; headInSight: boolean; selfInSight: boolean; calleeInSight: boolean; focusInSight: boolean;
  callerRows: number; firstCallerValue?: number; scrollTop: number;
}

function paneSeen(pane: string): Promise<PaneSeen> {
  return evalInProfile(`
    const pane = document.querySelector('${pane}');
    const p = pane.getBoundingClientRect();
    const inSight = e => { if (!e) return false; const r = e.getBoundingClientRect(); return r.height > 0 && r.top >= p.top - 1 && r.bottom <= Math.min(p.bottom, window.innerHeight) + 1; };
    const callers = pane.querySelectorAll('tr.gpe-peek-caller');
    return { width: document.body.clientWidth, height: pane.clientHeight, sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      cut: (() => { ${CUT_TEXT} })(), headInSight: inSight(pane.querySelector('thead th, th')),
      selfInSight: inSight(pane.querySelector('tr.gpe-peek-self')), calleeInSight: inSight(pane.querySelector('tr.gpe-peek-self ~ tr.gpe-peek-callee')),
      focusInSight: inSight(document.activeElement), callerRows: callers.length,
      firstCallerValue: callers.length ? Number(callers[0].dataset.value) : undefined, scrollTop: pane.scrollTop };`);
}

/** Screenshots in the light and the dark theme; `look`, when given, is measured in the dark one too. */
async function bothThemes(name: string, look?: () => Promise<PaneSeen>): Promise<PaneSeen | undefined> {
  await screenshot(name);
  return withColorTheme(DARK_THEME, async () => {
    await waitInWebview(FRAME, 'dark theme', `return document.body.classList.contains('vscode-dark')`, 60000);
    await screenshot(`${name}-dark`);
    return look?.();
  });
}

/** Right-clicks `func`'s row of the top table (filtered to it) and chooses `item`. */
async function fromTopRow(func: string, item: string): Promise<void> {
  await inWebview({ frame: FRAME, op: 'type', selector: '.gpe-top-filter', text: func });
  await waitInWebview(FRAME, 'filtered row', `return [...document.querySelectorAll('.gpe-top-row .gpe-col-name')].some(td => td.textContent === ${JSON.stringify(func)})`, 60000);
  await evalInProfile(`
    const tr = [...document.querySelectorAll('.gpe-top-row')].find(r => r.querySelector('.gpe-col-name').textContent === ${JSON.stringify(func)});
    const box = tr.getBoundingClientRect();
    tr.querySelector('.gpe-col-name').dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true, clientX: box.left + 20, clientY: box.top + 5 }));
    return true;`);
  await chooseMenuItem(item);
}

suite('Peek and Source look', function () {
  this.timeout(600000);
  suiteSetup(async function () {
    if (!hasBrowser()) this.skip();
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });
  teardown(closeAllEditors);

  test('Peek of a function of 22,999 callers, paged, and its Source: alone and beside a file, light and dark', async () => {
    const seen: Record<string, PaneSeen> = {};
    for (const width of ['wide', 'narrow']) {
      if (width === 'wide') await vscode.commands.executeCommand('workbench.action.closeSidebar');
      else await vscode.commands.executeCommand('workbench.view.explorer');
      await openProfile(corpusFile('pprof_td_large.cpu'));
      if (width === 'narrow') {
        await vscode.window.showTextDocument(fixtureUri('go.mod'), { viewColumn: vscode.ViewColumn.Beside, preview: false });
        await waitFor('two editor groups', () => vscode.window.tabGroups.all.length >= 2 ? true : undefined);
        await waitInWebview(FRAME, 'the editor narrowed', `return document.body.clientWidth <= 700`, 20000);
      }
      await fromTopRow(FUNC, 'Peek');
      await waitInWebview(FRAME, 'peek rows', `const p = document.querySelector('.gpe-peek-pane'); return p && !p.hidden && p.querySelector('tr.gpe-peek-more-caller')`, 60000);
      seen[`peek-${width}`] = await paneSeen('.gpe-peek-pane');
      seen[`peek-${width}-dark`] = (await bothThemes(`peek-look-${width}`, () => paneSeen('.gpe-peek-pane')))!;
      await inWebview({ frame: FRAME, op: 'press', selector: '.gpe-peek-pane tr.gpe-peek-more-caller .gpe-peek-more-next', key: 'Enter' });
      await waitInWebview(FRAME, 'a second page', `return document.querySelectorAll('.gpe-peek-pane tr.gpe-peek-caller').length > 20`, 60000);
      seen[`peek-paged-${width}`] = await paneSeen('.gpe-peek-pane');
      await bothThemes(`peek-look-${width}-paged`);
      // The top table is the Flame tab's.
      await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-view-tab[data-view="flame"]' });
      await fromTopRow(FUNC, 'Source');
      await waitInWebview(FRAME, 'source lines', `const p = document.querySelector('.gpe-source-pane'); return p && !p.hidden && p.querySelectorAll('tr.gpe-src-line').length > 0`, 60000);
      seen[`source-${width}`] = await paneSeen('.gpe-source-pane');
      await bothThemes(`source-look-${width}`);
      await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-view-tab[data-view="flame"]' });
      await closeAllEditors();
    }
    console.log(`peek and source look: ${JSON.stringify(seen)}`);
    for (const [name, s] of Object.entries(seen)) {
      assert.ok(s.sideways <= 1, `${name}: the page scrolls sideways by ${s.sideways} px`);
      assert.deepStrictEqual(s.cut, [], `${name}: text cut or past the window`);
    }
    // On open, at either width and in either theme: the function's own row and its callees' start in sight, no
    // scroll; the heaviest callers as rows above it (beside a file the lighter of the first 20 fold into "more").
    for (const look of ['peek-wide', 'peek-wide-dark', 'peek-narrow', 'peek-narrow-dark']) {
      const s = seen[look];
      assert.ok(s.selfInSight, `${look}: the function's own row in sight on open (pane ${s.height} px, ${s.callerRows} caller rows)`);
      assert.ok(s.calleeInSight, `${look}: its first callee in sight on open`);
      assert.strictEqual(s.scrollTop, 0, `${look}: in sight without scrolling the pane`);
      assert.ok(s.callerRows >= 3, `${look}: ${s.callerRows} caller rows above the function`);
    }
    // Folded or not, the first caller drawn is the heaviest (the same in both widths' peeks).
    assert.strictEqual(seen['peek-narrow'].firstCallerValue, seen['peek-wide'].firstCallerValue, 'the heaviest caller first at both widths');
    for (const width of ['wide', 'narrow']) {
      assert.ok(seen[`peek-paged-${width}`].focusInSight, `${width}: "next 20", focused, in sight after paging`);
      // Paged down, the function's own row under the button and the column heads stay in sight.
      assert.ok(seen[`peek-paged-${width}`].selfInSight, `${width}: the function's own row in sight after paging`);
      assert.ok(seen[`peek-paged-${width}`].headInSight, `${width}: the column heads in sight after paging`);
    }
  });
});
