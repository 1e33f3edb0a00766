// Worker jobs `incident` and `incident.report`: hand a folder's captures to the core (gather, then
// join: core/report/incident), and write the report with the core's writers.
import type { Job } from '../jobTypes';
import { threadLimits } from '../threadLimits';
import { localFiles, workerPlatform } from '../workerPlatform';
import {
  crossingIncident, dumpAndProfileVerdict, gatherCaptures, heapFunctionNames, incidentHtml, incidentMarkdown, incidentWithStacks, SuspectStackPages,
  type GatheredCaptures, type Incident, type ProcessVerdict, type SourceRef,
} from '../../../core/report/incident';
import { ContentKeyedMap } from '../../../shared/contentKeyedMap';
import { crossingName } from '../../../shared/nameLimit';

/** One file of the folder: bytes read by the host, or a local file this thread reads itself. */
export interface IncidentFolderFile {
  /** Relative to the folder, '/'-separated. */
  readonly path: string;
  readonly mtimeMs: number;
  readonly data: Uint8Array | { readonly filePath: string };
}

export interface IncidentJobInput {
  readonly files: readonly IncidentFolderFile[];
  /**
   * The view that asks for the middles of the suspects' deep stacks (`incident.frames`): the worker
   * keeps those stacks under it until `incident.release` or the view's next reading.
   */
  readonly viewId?: string;
}

/** Where a function is declared: the profile's file and start line. */
export interface FunctionPosition {
  readonly file: string;
  readonly line: number;
}

export interface IncidentJobOutput {
  /** Its texts cut to cross (`crossingIncident`): the report written from it names what the view shows. */
  readonly incident: Incident;
  /** Declarations of the heap profile's functions that the incident names (no goroutine frame gives their line). */
  readonly positions: readonly (readonly [string, FunctionPosition])[];
}

/** A profile and a goroutine dump someone has open: are they of one process? */
export interface IncidentSameProcessInput {
  readonly files: readonly IncidentFolderFile[];
}

export interface IncidentSameProcessOutput {
  /** Null when the files are not one dump and one profile (one unreadable, or both of a kind). */
  readonly verdict: ProcessVerdict | null;
}

export interface IncidentReportInput {
  readonly incident: Incident;
  readonly title: string;
  /** Source text of the stacks' files, by the path the frames print (the host resolved and read them). */
  readonly sources: readonly (readonly [string, string])[];
  readonly writtenAtMs: number;
}

export interface IncidentReportOutput {
  readonly html: string;
  readonly markdown: string;
}

/** Declarations of `names` in the profiles read, the heap profile used first. */
function positionsOf(gathered: GatheredCaptures, incident: Incident): [string, FunctionPosition][] {
  const wanted = heapFunctionNames(incident);
  const out = new ContentKeyedMap<FunctionPosition>();
  const profiles = [...gathered.captures].sort((a, b) => Number(b.path === incident.heapPath) - Number(a.path === incident.heapPath));
  for (const capture of profiles) {
    for (const f of capture.profile?.functions ?? []) {
      if (f.filename && wanted.has(f.name) && !out.has(f.name)) out.set(f.name, { file: f.filename, line: f.startLine });
    }
  }
  return [...out];
}

function gatherFiles(files: readonly IncidentFolderFile[]): GatheredCaptures {
  const read = files.map(f => ({ path: f.path, mtimeMs: f.mtimeMs, bytes: f.data instanceof Uint8Array ? f.data : localFiles().readFile(f.data.filePath) }));
  return gatherCaptures(read, { gunzip: workerPlatform().gunzip, maxUnzippedBytes: threadLimits.maxUnzippedBytes });
}

const storeKey = (viewId: string) => `incident:${viewId}`;

export const incidentJob: Job<IncidentJobInput, IncidentJobOutput> = {
  run(input, { store }) {
    if (input.viewId !== undefined) store.delete(storeKey(input.viewId));
    const gathered = gatherFiles(input.files);
    const { incident, suspectStacks } = incidentWithStacks(gathered);
    // Only the deep stacks are kept for the view's life, not the captures.
    const pages = new SuspectStackPages(suspectStacks);
    if (input.viewId !== undefined && pages.holdsAny) store.set(storeKey(input.viewId), pages);
    // Positions are found by the whole names; the host asks by the names the incident crosses with.
    const positions = positionsOf(gathered, incident).map(([name, at]): [string, FunctionPosition] => [crossingName(name), { file: crossingName(at.file), line: at.line }]);
    return { incident: crossingIncident(incident), positions };
  },
};

export const incidentSameProcessJob: Job<IncidentSameProcessInput, IncidentSameProcessOutput> = {
  run(input) {
    return { verdict: dumpAndProfileVerdict(gatherFiles(input.files)) };
  },
};

export const incidentReportJob: Job<IncidentReportInput, IncidentReportOutput> = {
  run(input) {
    const sources = new ContentKeyedMap(input.sources);
    const options = { title: input.title, sourceLines: (file: string) => sources.get(file), writtenAtMs: input.writtenAtMs };
    return { html: incidentHtml(input.incident, options), markdown: incidentMarkdown(input.incident, options) };
  },
};

export interface IncidentFramesInput {
  readonly viewId: string;
  /** The suspect's index in `incident.suspects`. */
  readonly suspect: number;
  /** Where its stack's middle starts still unsent (`framesLeftOut.at`). */
  readonly from: number;
}

/** Worker job `incident.frames`: the next page of a suspect's deep stack's middle. */
export const incidentFramesJob: Job<IncidentFramesInput, readonly SourceRef[]> = {
  run(input, { store }) {
    const pages = store.get<SuspectStackPages>(storeKey(input.viewId));
    // A worker started again (a limit hit, a cancelled reading) has lost the stacks: the host reads the folder again.
    if (!pages) throw new Error('The incident\'s stacks are no longer held by the analysis worker');
    return pages.moreFrames(input.suspect, input.from);
  },
};

/** Worker job `incident.release`: the view closed. */
export const incidentReleaseJob: Job<{ readonly viewId: string }, null> = {
  run(input, { store }) {
    store.delete(storeKey(input.viewId));
    return null;
  },
};
