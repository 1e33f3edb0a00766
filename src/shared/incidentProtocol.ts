// Messages of the incident view (see protocol.ts). The host sends one view model: the core's
// Incident as computed, plus its sentences cut into text and links. The webview answers only
// with small requests that name things by index into that model (a link, a file), never paths;
// the host checks every field against the model it last sent.
import type { Incident, IncidentFileKind, SourceRef } from '../core/report/incident/incidentModel';

export type {
  Incident, IncidentFile, IncidentFileKind, IncidentFlameNode, IncidentSuspect, IncidentTopRow, IncidentMemory, MemStatsFigures, OverTimeSeries,
  SourceRef, SuspectHeapJoin, UnreadFile,
} from '../core/report/incident/incidentModel';

/** A source line a link opens; `file` is '' when neither the dump nor the profile records one. */
export interface IncidentLinkTarget {
  readonly func: string;
  readonly file: string;
  /** 0 when unknown. */
  readonly line: number;
}

/** A piece of a sentence: plain text, or a function name linked to `links[link]`. */
export interface LinkedPiece {
  readonly text: string;
  readonly link?: number;
}

export type LinkedSentence = readonly LinkedPiece[];

/** What the view can open a gathered file in. */
export type IncidentFileViewer = 'profile' | 'goroutines' | null;

export interface IncidentViewModel {
  /** The folder's name. */
  readonly title: string;
  /** The folder as the user knows it (workspace-relative when inside one). */
  readonly folder: string;
  readonly incident: Incident;
  /** Every source line a sentence, a stack frame or a heap function links to. */
  readonly links: readonly IncidentLinkTarget[];
  /** incident.answer, cut into text and links. */
  readonly answer: readonly LinkedSentence[];
  /** Each suspect's sentence, cut the same way (same order as incident.suspects). */
  readonly suspectSentences: readonly LinkedSentence[];
  /** For each suspect, for each of its frames: the index into `links`, or -1. */
  readonly suspectFrameLinks: readonly (readonly number[])[];
  /** For each of incident.files: which full view opens it. */
  readonly fileViewers: readonly IncidentFileViewer[];
  /** Milliseconds spent reading and joining. */
  readonly elapsedMs: number;
}

/**
 * The next frames of a suspect's deep stack's middle (`IncidentSuspect.framesLeftOut`), put in after
 * those the view holds (`withSuspectFrames`, applied alike by the host and the webview).
 */
export interface SuspectFramesPage {
  /** The suspect's index in `incident.suspects`. */
  readonly suspect: number;
  readonly frames: readonly SourceRef[];
  /**
   * For each of `frames`: its index into `links`. A frame no link opened yet has the next index, and
   * is appended to `links` as its target (so a page carries each frame once).
   */
  readonly frameLinks: readonly number[];
}

/** Host → incident webview. */
export type IncidentHostMessage =
  | { type: 'loading'; title: string; detail: string }
  | { type: 'error'; title: string; message: string }
  | { type: 'model'; model: IncidentViewModel }
  | { type: 'suspectFrames'; page: SuspectFramesPage }
  /** The report was written (paths shown to the user as they are). */
  | { type: 'exported'; html: string; markdown: string };

/** Incident webview → host. Every index refers to the model last sent. */
export type IncidentWebviewMessage =
  | { type: 'ready' }
  | { type: 'openLink'; link: number }
  /**
   * Opens a gathered file in its full view: the profile editor focused on `func` (a link) when given,
   * the goroutine view filtered to the group of `suspect` (an index into incident.suspects) or to `func`.
   */
  | { type: 'openFile'; file: number; func?: number; suspect?: number }
  | { type: 'export' }
  | { type: 'refresh' }
  /** The next page of the middle of suspect `suspect`'s deep stack. */
  | { type: 'moreSuspectFrames'; suspect: number };

/** The sizes of the model the host last sent, to check indices against. */
export interface IncidentModelBounds {
  readonly links: number;
  readonly files: number;
  readonly suspects: number;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isIndex(v: unknown, limit: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < limit;
}

/** Returns the message if it is well-formed and refers only to what exists, else undefined. */
export function parseIncidentWebviewMessage(raw: unknown, bounds: IncidentModelBounds): IncidentWebviewMessage | undefined {
  if (!isRecord(raw) || typeof raw.type !== 'string') return undefined;
  switch (raw.type) {
    case 'ready': return { type: 'ready' };
    case 'export': return { type: 'export' };
    case 'refresh': return { type: 'refresh' };
    case 'openLink': return isIndex(raw.link, bounds.links) ? { type: 'openLink', link: raw.link } : undefined;
    case 'moreSuspectFrames': return isIndex(raw.suspect, bounds.suspects) ? { type: 'moreSuspectFrames', suspect: raw.suspect } : undefined;
    case 'openFile': {
      if (!isIndex(raw.file, bounds.files)) return undefined;
      if (raw.func !== undefined && !isIndex(raw.func, bounds.links)) return undefined;
      if (raw.suspect !== undefined && !isIndex(raw.suspect, bounds.suspects)) return undefined;
      return {
        type: 'openFile', file: raw.file,
        ...(raw.func !== undefined ? { func: raw.func } : {}), ...(raw.suspect !== undefined ? { suspect: raw.suspect } : {}),
      };
    }
    default: return undefined;
  }
}

/** Which full view shows a file of this kind. */
export function viewerOfKind(kind: IncidentFileKind): IncidentFileViewer {
  switch (kind) {
    case 'goroutine-dump': return 'goroutines';
    case 'goroutine-profile': return 'goroutines';
    case 'heap': case 'allocs': case 'cpu': case 'mutex': case 'block': case 'threadcreate': case 'other-profile': return 'profile';
    default: return null;
  }
}
