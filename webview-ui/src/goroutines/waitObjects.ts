// Who waits on what: goroutines parked on the same channel or mutex address, as sentences.
import type { GoroutineViewModel } from '../../../src/shared/goroutineProtocol';
import { el } from '../common/dom';
import { formatCount, plural } from './format';
import { visibleText } from '../../../src/shared/visibleText';
import { shownName } from '../common/shownName';

const OP_NOUN: Record<string, [string, string]> = {
  send: ['sender', 'senders'], receive: ['receiver', 'receivers'], lock: ['locker', 'lockers'],
  rlock: ['reader', 'readers'], wait: ['waiter', 'waiters'], acquire: ['waiter', 'waiters'],
};

export function describeWaitObject(kind: string, address: string, ops: readonly { op: string; count: number }[]): string {
  const parts = ops.map(o => {
    const [one, many] = OP_NOUN[o.op] ?? [o.op, o.op];
    return `${formatCount(o.count)} ${o.count === 1 ? one : many}`;
  });
  return `${parts.join(', ')} on ${kind} ${address}`;
}

/**
 * `kept`: the waits (indices into `model.waits`) that a group the view's query keeps waits on, as
 * the worker found over every group; without it, those of the `visible` groups sent so far.
 */
export function renderWaitObjects(model: GoroutineViewModel, visible: readonly number[], kept?: Iterable<number>): HTMLElement {
  const box = el('section', 'gpe-waits');
  // A wait lists its groups by rank; the model holds the groups sent so far.
  const byRank = new Map(model.groups.map((g, i) => [g.rank, i]));
  const shown = new Set(visible);
  const waits = kept ? [...kept].map(i => model.waits[i]).filter(w => w !== undefined) : model.waits.filter(w => w.groups.some(r => shown.has(byRank.get(r) ?? -1)));
  if (!waits.length) {
    box.append(el('p', 'gpe-empty', model.waits.length
      ? 'No wait object among the groups shown.'
      : 'The dump carries no channel or mutex addresses (Go prints them as arguments of runtime.chansend1, chanrecv1, sync.(*Mutex).Lock … in debug=2 dumps).'));
    return box;
  }
  box.append(el('p', 'gpe-hint', `${plural(waits.length, 'object')} with parked goroutines, most waiters first.`));
  const list = el('ol', 'gpe-wait-list');
  for (const w of waits) {
    const li = el('li', 'gpe-wait-object');
    li.append(el('span', 'gpe-wait-text', visibleText(w.description || describeWaitObject(w.kind, w.address, w.ops))));
    const groups = el('span', 'gpe-wait-groups');
    let notSent = w.groupsLeftOut ?? 0;
    for (const rank of w.groups) {
      const gi = byRank.get(rank);
      if (gi === undefined) { notSent++; continue; }
      const g = model.groups[gi];
      const a = el('a', 'gpe-link gpe-show-group', `${formatCount(g.count)} × ${shownName(g.state)}`);
      a.href = '#';
      a.dataset.showGroup = String(gi);
      groups.append(' ', a);
    }
    if (notSent > 0) groups.append(' ', el('span', 'gpe-wait-not-sent', `and ${plural(notSent, 'group')} not shown yet`));
    li.append(' — groups:', groups);
    list.append(li);
  }
  box.append(list);
  return box;
}
