// The incident view's model: the core's Incident as computed, with every function name its
// sentences mention turned into a link to a source line. Names appear in sentences shortened
// ("registry.(*Store).DeleteCollection.func1", "(*ConfigMap).Unmarshal"), so each known function
// is looked for under its full, package-last and bare method forms. Pure: no vscode.
import type { Incident, SourceRef } from '../../core/report/incident/incidentModel';
import { heapFunctionNames } from '../../core/report/incident/reportParts';
import {
  viewerOfKind, type IncidentLinkTarget, type IncidentViewModel, type LinkedPiece, type LinkedSentence, type SuspectFramesPage,
} from '../../shared/incidentProtocol';
import { ContentKeyedMap } from '../../shared/contentKeyedMap';
import { nameInText, parseNameReference } from '../../shared/nameLimit';

/** Where a function is declared, for names that only the heap profile knows (file and start line). */
export type FunctionPositions = ReadonlyMap<string, { readonly file: string; readonly line: number }>;

export interface IncidentViewOptions {
  readonly title: string;
  readonly folder: string;
  /** Declarations from the profiles read, for heap functions that no goroutine frame names. */
  readonly positions?: FunctionPositions;
  readonly elapsedMs?: number;
  /** The linker to register the links with (kept by a view that adds the deep stacks' middles later). */
  readonly linker?: SentenceLinker;
}

/** `k8s.io/x/registry.(*Store).List` → `registry.(*Store).List`. */
export function packageLastName(func: string): string {
  // The package path ends at the last '/' before the first '(' (method receivers hold no '/').
  const paren = func.indexOf('(');
  const head = paren < 0 ? func : func.slice(0, paren);
  return func.slice(head.lastIndexOf('/') + 1);
}

/** `registry.(*Store).List` → `(*Store).List`; `registry.NewStore` → `NewStore`. */
export function bareName(func: string): string {
  const short = packageLastName(func);
  const dot = short.indexOf('.');
  return dot > 0 ? short.slice(dot + 1) : short;
}

/**
 * The forms a sentence may use for a function, longest first. A name cut to cross (a reference,
 * src/shared/nameLimit.ts) is written in a sentence as its shorter reference, and only so.
 */
export function nameForms(func: string): string[] {
  if (parseNameReference(func)) return [nameInText(func)];
  return [...new Set([func, packageLastName(func), bareName(func)])].filter(f => f.length > 0);
}

function isNameChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9_]/.test(c);
}

/** A match must not be the inside of a longer name: nothing name-like on either side. */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  if (isNameChar(before) || before === '.' || before === '/' || before === '*') return false;
  const after = text[end];
  if (isNameChar(after)) return false;
  // "…DeleteCollection.func1" continues the name; "…Unmarshal." ends a sentence.
  if (after === '.' && (isNameChar(text[end + 1]) || text[end + 1] === '(')) return false;
  return true;
}

/** Collects link targets and finds their names in sentences. */
export class SentenceLinker {
  readonly links: IncidentLinkTarget[] = [];
  private readonly byKey = new ContentKeyedMap<number>();
  /** Name form → link; the first function registered under a form keeps it. */
  private readonly byForm = new ContentKeyedMap<number>();

  /**
   * Registers a target (deduplicated) and returns its index; `named` false for names no sentence
   * uses (frames of a flame graph): their short forms ("send", "main") would catch plain words.
   */
  add(ref: SourceRef, named = true): number {
    const key = `${ref.func}\u0000${ref.file}\u0000${ref.line}`;
    let index = this.byKey.get(key);
    if (index === undefined) {
      index = this.links.length;
      this.links.push({ func: ref.func, file: ref.file, line: ref.line });
      this.byKey.set(key, index);
    }
    if (named) for (const form of nameForms(ref.func)) if (!this.byForm.has(form)) this.byForm.set(form, index);
    return index;
  }

  /** The link already registered for a function name, if any. */
  linkOf(func: string): number | undefined {
    return this.byForm.get(func);
  }

  /** Cuts a sentence into text and links: at each position the longest known name that stands alone. */
  link(sentence: string): LinkedSentence {
    const forms = [...this.byForm.keys()].sort((a, b) => b.length - a.length);
    const found: { start: number; end: number; link: number }[] = [];
    for (const form of forms) {
      for (let at = sentence.indexOf(form); at >= 0; at = sentence.indexOf(form, at + 1)) {
        const end = at + form.length;
        if (!standsAlone(sentence, at, end)) continue;
        if (found.some(f => at < f.end && end > f.start)) continue;
        found.push({ start: at, end, link: this.byForm.get(form) as number });
      }
    }
    found.sort((a, b) => a.start - b.start);
    const pieces: LinkedPiece[] = [];
    let at = 0;
    for (const f of found) {
      if (f.start > at) pieces.push({ text: sentence.slice(at, f.start) });
      pieces.push({ text: sentence.slice(f.start, f.end), link: f.link });
      at = f.end;
    }
    if (at < sentence.length || pieces.length === 0) pieces.push({ text: sentence.slice(at) });
    return pieces;
  }
}

export function buildIncidentViewModel(incident: Incident, options: IncidentViewOptions): IncidentViewModel {
  const linker = options.linker ?? new SentenceLinker();
  // The goroutines' own lines first: the blocking line is what a suspect's name should open.
  for (const s of incident.suspects) linker.add({ func: s.func, file: s.file, line: s.line });
  for (const s of incident.suspects) if (s.createdBy) linker.add(s.createdBy);
  for (const s of incident.suspects) for (const f of s.creatorPath?.frames ?? []) linker.add(f);
  const suspectFrameLinks = incident.suspects.map(s => s.frames.map(f => linker.add(f)));
  // Heap functions: a frame of the dump when one names them, else the profile's declaration.
  const heapNames = heapFunctionNames(incident);
  const named = heapFunctionNames(incident, { flames: false });
  for (const name of heapNames) {
    if (linker.linkOf(name) !== undefined) continue;
    const at = options.positions?.get(name);
    linker.add({ func: name, file: at?.file ?? '', line: at?.line ?? 0 }, named.has(name));
  }
  return {
    title: options.title,
    folder: options.folder,
    incident,
    links: linker.links,
    answer: incident.answer.map(s => linker.link(s)),
    suspectSentences: incident.suspects.map(s => linker.link(s.sentence)),
    suspectFrameLinks,
    fileViewers: incident.files.map(f => viewerOfKind(f.kind)),
    elapsedMs: options.elapsedMs ?? 0,
  };
}

/** A page of suspect `suspect`'s middle frames as it crosses to the webview: each frame's link, new ones registered with `linker`. */
export function suspectFramesPage(linker: SentenceLinker, suspect: number, frames: readonly SourceRef[]): SuspectFramesPage {
  // No sentence names these frames: their short forms would catch plain words in a later one. A
  // frame new to the linker gets the next index, which the page's reader appends (`withSuspectFrames`).
  return { suspect, frames, frameLinks: frames.map(f => linker.add(f, false)) };
}
