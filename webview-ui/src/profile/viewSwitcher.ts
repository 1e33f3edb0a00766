// The profile editor's views beside the flame graph (Graph, Peek, Source, …): a tab bar to
// choose one, and the small contract each view module implements. The flame graph with its top
// table is the built-in view 'flame'; every other view owns one pane and its own messages.
import type { ProfileFilter, ProfileHostMessage, ProfileQuery, ProfileWebviewMessage } from '../../../src/shared/protocol';
import { el } from '../common/dom';
import type { ContextMenu, MenuItem } from './contextMenu';

export const FLAME_VIEW_ID = 'flame';

/** A function the user picked (a frame, a top-table row, a graph node) for a view to show. */
export interface FunctionTarget {
  /** The plain function name (not the frame's "F file:line" at finer granularities). */
  functionName: string;
  file?: string;
  line?: number;
}

/** The function a view of one function shows before the user picks one, and why that one. */
export interface DefaultFunction {
  target: FunctionTarget;
  /** Where it comes from, as the view says it after "Showing": "the heaviest function by flat, the top table's first row". */
  why: string;
}

/** What a view may ask of the profile editor around it. */
export interface ProfileViewContext {
  post(m: ProfileWebviewMessage): void;
  /** A request id that no other request of this editor uses. */
  nextRequestId(): number;
  /** Adds a filter (pprof's -focus, -ignore, …) to every view, as the flame graph's menu does. */
  addFilter(filter: ProfileFilter): void;
  /** Shows the callers/callees sandwich of this function in the flame view. */
  showCallers(functionName: string): void;
  openSource(file: string, line: number, functionName: string): void;
  /** Switches to the view `id` showing this function (e.g. Source from Peek). */
  openInView(id: string, target: FunctionTarget): void;
  /**
   * What the views of one function open on until the user picks one: the flame graph's selection,
   * else the top table's first row (pprof's heaviest by flat); 'pending' while the view of the
   * current query is still coming, undefined when it has no function.
   */
  defaultFunction(): DefaultFunction | 'pending' | undefined;
  /** The menu items that open this function in the views of one function (Peek, Source…). */
  functionViewItems(target: FunctionTarget): MenuItem[];
  /** The shared right-click menu (one open at a time across views). */
  readonly menu: ContextMenu;
  setStatus(text: string): void;
  /** The flame graph's sibling order, which views drawing flame charts follow. */
  flameOrder(): 'alphabetical' | 'heaviest';
  /** The search box's matcher (undefined while it is empty), for views that highlight matches. */
  searchMatcher(): ((name: string) => boolean) | undefined;
  /** A view redrawn while the search box has text says what matched (the toolbar shows it). */
  showSearchResult(text: string): void;
}

/** One view of the profile besides the flame graph. */
export interface ProfileSubview {
  readonly id: string;
  /** The tab's text. */
  readonly label: string;
  /** The tab's tooltip. */
  readonly title: string;
  /** Its content, shown only while this view is chosen. */
  readonly pane: HTMLElement;
  /**
   * The view was chosen, or the query (sample type, filters, base) changed while it is shown:
   * fetch and draw for this query. Only called while the view is shown.
   */
  show(query: ProfileQuery): void;
  /** Views of one function: the frame and top-table menus offer this label, then call openFunction. */
  readonly menuLabel?: string;
  /** The function to show next (show() follows with the query). */
  openFunction?(target: FunctionTarget): void;
  /** The flame graph and top table of `query` arrived while this view is shown: a view drawn from them draws again. */
  viewArrived?(query: ProfileQuery): void;
  /** The picture Export saves, when the first <svg> of the pane as shown is not it (a panned graph). */
  exportSvg?(): string | undefined;
  /**
   * The search box changed: highlight what matches (undefined: nothing). Returns what the
   * toolbar says of the matches while this view is shown.
   */
  search?(matcher: ((name: string) => boolean) | undefined): string;
  /** A host message meant for this view: handles it and returns true, else false. */
  handle(m: ProfileHostMessage): boolean;
  dispose(): void;
}

export interface ViewTab {
  id: string;
  label: string;
  title: string;
}

/** The row of view tabs (role=tablist); `onSelect` runs when the user picks another. */
export class ViewSwitcher {
  private readonly buttons = new Map<string, HTMLButtonElement>();

  constructor(readonly element: HTMLElement, tabs: readonly ViewTab[], active: string, onSelect: (id: string) => void) {
    element.classList.add('gpe-view-switcher');
    element.setAttribute('role', 'tablist');
    element.setAttribute('aria-label', 'View');
    for (const tab of tabs) {
      const b = el('button', 'gpe-view-tab', tab.label);
      b.type = 'button';
      b.title = tab.title;
      b.dataset.view = tab.id;
      b.setAttribute('role', 'tab');
      b.addEventListener('click', () => { if (b.getAttribute('aria-selected') !== 'true') onSelect(tab.id); });
      this.buttons.set(tab.id, b);
      element.append(b);
    }
    this.setActive(active);
  }

  setActive(id: string): void {
    for (const [tabId, b] of this.buttons) {
      const on = tabId === id;
      b.setAttribute('aria-selected', String(on));
      b.classList.toggle('gpe-view-tab-active', on);
      b.tabIndex = on ? 0 : -1;
    }
  }
}
