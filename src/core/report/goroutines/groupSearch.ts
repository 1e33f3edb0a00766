// The goroutine view's filter, run in the worker where the whole texts are: a state, label, function
// or file cut to cross (src/shared/nameLimit.ts) is searched whole, so text from a cut name's middle
// finds its group; the cut form (a reference's words, what a code lens or the incident view asks by)
// is searched too. Linear: each distinct frame's text is lowered once and tested once per term, each
// group then reads its frames' answers.
import type { SourceFrame } from '../../goroutines';
import type { GoroutineFrameView, GoroutineGroupView } from '../../../shared/goroutineProtocol';
import { holdsTerm, parseFilter, type FilterTerm, type GroupQuery } from '../../../shared/goroutineFilter';

/** A group's whole texts: its state and labels as the dump printed them. */
export interface WholeGroupTexts {
  readonly state: string;
  readonly labels: Readonly<Record<string, string>>;
}

/** A text as lowered once: the whole one, and the cut one when it differs. */
interface Lowered { readonly whole: string; readonly cut: string | undefined }

function lowered(whole: string, cut: string): Lowered {
  const w = whole.toLowerCase();
  return { whole: w, cut: cut === whole ? undefined : cut.toLowerCase() };
}

const holds = (text: Lowered, t: FilterTerm): boolean => holdsTerm(text.whole, t) || (text.cut !== undefined && holdsTerm(text.cut, t));

export class GroupSearch {
  private funcs: Lowered[] | undefined;
  private locations: Lowered[] | undefined;
  private states: Lowered[] | undefined;
  private labels: Lowered[][] | undefined;

  /**
   * `views[i]` is group i as it crosses (its frames index `frames`), `wholes[i]` its whole texts;
   * `cutFrames` frame f as the dump printed it when its texts cross cut (every other frame crosses whole).
   */
  constructor(
    private readonly views: readonly GoroutineGroupView[],
    private readonly wholes: readonly WholeGroupTexts[],
    private readonly frames: readonly GoroutineFrameView[],
    private readonly cutFrames: ReadonlyMap<number, SourceFrame>,
  ) {}

  /** The ranks of the groups the query keeps, in ranked order. */
  matches(query: GroupQuery): number[] {
    const terms = parseFilter(query.filter);
    const frameAnswers = terms.map(() => new Uint8Array(this.frames.length));
    const out: number[] = [];
    for (let i = 0; i < this.views.length; i++) {
      const g = this.views[i];
      if (query.hideIdle && g.idle) continue;
      if (terms.every((t, n) => this.groupHolds(i, t, frameAnswers[n]))) out.push(i);
    }
    return out;
  }

  private groupHolds(i: number, t: FilterTerm, frameAnswers: Uint8Array): boolean {
    if ((t.field === 'any' || t.field === 'state') && holds(this.stateOf(i), t)) return true;
    if ((t.field === 'any' || t.field === 'label') && this.labelsOf(i).some(l => holds(l, t))) return true;
    if (t.field === 'state' || t.field === 'label') return false;
    const g = this.views[i];
    if (g.createdBy >= 0 && this.frameHolds(g.createdBy, t, frameAnswers)) return true;
    return g.frames.some(f => this.frameHolds(f, t, frameAnswers));
  }

  /** Each frame is tested once per term: 0 not yet, 1 no, 2 yes. */
  private frameHolds(f: number, t: FilterTerm, answers: Uint8Array): boolean {
    if (answers[f] === 0) {
      const yes = (t.field !== 'file' && holds(this.funcOf(f), t)) || (t.field !== 'func' && holds(this.locationOf(f), t));
      answers[f] = yes ? 2 : 1;
    }
    return answers[f] === 2;
  }

  private funcOf(f: number): Lowered {
    this.funcs ??= [];
    return this.funcs[f] ??= lowered(this.wholeFrame(f).func, this.frames[f].func);
  }

  private locationOf(f: number): Lowered {
    this.locations ??= [];
    const whole = this.wholeFrame(f);
    return this.locations[f] ??= lowered(`${whole.file}:${whole.line}`, `${this.frames[f].file}:${this.frames[f].line}`);
  }

  /** Frame f as the dump printed it: its view, unless its texts cross cut. */
  private wholeFrame(f: number): SourceFrame {
    return this.cutFrames.get(f) ?? this.frames[f];
  }

  private stateOf(i: number): Lowered {
    this.states ??= [];
    return this.states[i] ??= lowered(this.wholes[i].state, this.views[i].state);
  }

  private labelsOf(i: number): Lowered[] {
    this.labels ??= [];
    return this.labels[i] ??= Object.entries(this.wholes[i].labels).map(([key, value], n) => {
      const cut = this.views[i].labels[n];
      return lowered(`${key}=${value}`, cut ? `${cut.key}=${cut.value}` : '');
    });
  }
}
