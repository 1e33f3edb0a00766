// What the extension host and its capture thread (captureWorker.ts) say to each other: plain data
// only (structured clone). The host reads the stored credentials and settings; the thread does
// every request, file write, gzip count and kubectl run of a capture.
import type { CaptureError, CaptureKind } from '../../core/capture';
import type { PodSelection } from '../../core/capture/kubernetes';
import type { WatchRequest } from '../../core/watch';
import type { KubeContext } from '../../core/capture/kubernetes';
import type { FetchedAnswer, TlsOptions } from '../../node/httpFetch';
import type { ReplicaCaptureResult, ReplicaEvent, ReplicaTarget } from '../../node/replicaCapture';
import type { RoundResult } from '../../node/watchRound';
import type { ReplicaViewModel } from '../../shared/replicaProtocol';
import type { WorkerLimits } from '../worker/analysisThread';
import type { ReplicaJobInput } from '../worker/jobs/replicas';

/** The request headers and TLS options of one origin. */
export interface OriginAuth {
  readonly headers: Record<string, string>;
  readonly tls?: TlsOptions;
}

/** One capture from several replicas: given targets, or the pods a selection chooses (listed and reached here). */
export interface ReplicasJob {
  readonly type: 'replicas';
  readonly targets?: readonly ReplicaTarget[];
  readonly pods?: PodSelection & { readonly portForward: boolean };
  readonly kubectl?: string;
  readonly kind: CaptureKind;
  readonly seconds?: number;
  readonly folder: string;
  readonly timeoutMs: number;
  readonly maxUnzippedBytes?: number;
  /** The capture's time (in every file name), ms since the epoch. */
  readonly whenMs: number;
  /** Per origin of the URL targets (pods get none: kubectl brings the kubeconfig's credentials). */
  readonly auth: Readonly<Record<string, OriginAuth>>;
}

/** One round of a watch. */
export interface RoundJob {
  readonly type: 'round';
  readonly requests: readonly WatchRequest[];
  readonly roundStartedMs: number;
  readonly folder: string;
  readonly auth: OriginAuth;
  readonly timeoutSeconds: number;
  readonly maxUnzippedBytes?: number;
}

/** One GET of a capture URL: into a partial file (the host renames it), or kept whole in the answer. */
export interface FetchJob {
  readonly type: 'fetch';
  readonly url: string;
  readonly auth: OriginAuth;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly maxUnzippedBytes?: number;
  /** Where the answer streams to; without it the answer's body is the whole answer. */
  readonly partialPath?: string;
  /** What was asked for: an answer that is not it fails the job, its partial file removed. */
  readonly kind?: CaptureKind;
}

/** The kubeconfig's contexts (kubectl config get-contexts). */
export interface ContextsJob {
  readonly type: 'contexts';
  readonly kubectl?: string;
}

/**
 * The comparison of a replica capture's files: run by an analysis worker (dist/worker.js, under
 * the limits) that the capture thread starts and keeps, so the host's thread neither starts that
 * thread nor receives the merged profile's bytes, which are written here. The view's model is
 * made here too: the host receives the rows the view shows, formatted, not the whole comparison
 * (up to 500 rows with a value per replica, hundreds of KB to copy into the host's heap).
 */
export interface CompareJob {
  readonly type: 'compare';
  readonly input: ReplicaJobInput;
  readonly workerScript: string;
  readonly limits: WorkerLimits;
  /** Where the merged profile goes when there is one. */
  readonly mergedPath: string;
  /** The view's title and the captures' folder as the user knows it. */
  readonly view: { readonly title: string; readonly folder: string };
  /** Under which this thread keeps the rows shown, every replica's value, for `replicaRow`. */
  readonly viewId: string;
}

/** Every replica's value in one row of a view's comparison (the view model carries its summary). */
export interface ReplicaRowJob {
  readonly type: 'replicaRow';
  readonly viewId: string;
  readonly row: number;
}

/** The view closed: its rows are let go. */
export interface ReleaseRowsJob {
  readonly type: 'releaseRows';
  readonly viewId: string;
}

export interface CompareResult {
  /** Its elapsedMs is the comparison's end; the host sets the whole capture's. */
  readonly model: ReplicaViewModel;
  readonly merged: { readonly path: string } | { readonly error: string };
}

export type CaptureJob = ReplicasJob | RoundJob | FetchJob | ContextsJob | CompareJob | ReplicaRowJob | ReleaseRowsJob;

export interface CaptureJobResults {
  replicas: ReplicaCaptureResult[];
  round: RoundResult;
  fetch: FetchedAnswer;
  contexts: KubeContext[];
  compare: CompareResult;
  replicaRow: string[];
  releaseRows: null;
}

/** What a job tells while it runs: the pods it will capture (and those it cannot reach), then each replica. */
export type CaptureThreadEvent =
  | { readonly type: 'targets'; readonly names: readonly string[]; readonly failed: readonly ReplicaCaptureResult[] }
  | ReplicaEvent;

export type CaptureThreadRequest =
  | { readonly id: number; readonly job: CaptureJob }
  | { readonly id: number; readonly cancel: true };

export type CaptureThreadReply =
  /** A job's events since the last such message, oldest first. */
  | { readonly id: number; readonly events: readonly CaptureThreadEvent[] }
  | { readonly id: number; readonly result: unknown }
  | { readonly id: number; readonly error: { readonly message: string; readonly name: string; readonly captureKind?: CaptureError['kind'] } };
