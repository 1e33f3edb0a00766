// One open profile file: its decoded form lives in a worker thread of its own, so a huge
// decode never blocks the extension host, cancelling it only stops this document's thread,
// and closing the document frees the memory at once.
import * as vscode from 'vscode';
import type { ProfileSummary, SampleTypeEntry } from '../../shared/profileProtocol';
import { AnalysisWorkerClient, JobCancelledError, type WorkerLimits } from '../worker/analysisWorkerClient';
import type { StartAnalysisThread } from '../worker/analysisThread';
import { hostPlatform } from '../platform/hostPlatform';
import { analysisLimits, limitFailure } from '../worker/analysisLimits';
import type { JobInput, JobKind, JobOutput } from '../worker/jobs';
import type { ProfileBytesSource } from '../worker/profile/profileSession';
import { expectedFlameWidth } from './flameWidth';
import { withCancelAfter } from '../withCancelAfter';
import { recordProfileLoad } from './loadTimings';
import { ContentKeyedSet } from '../../shared/contentKeyedMap';

/** A load still running after this long shows a progress notification with a Cancel button. */
export const PROGRESS_AFTER_MS = 1000;

export interface LoadedProfile {
  summary: ProfileSummary;
  byteLength: number;
  sourceFiles: ReadonlySet<string>;
  base?: { uri: vscode.Uri; summary: ProfileSummary };
}

export type LoadState =
  | { state: 'loading'; byteLength?: number }
  | { state: 'loaded'; profile: LoadedProfile }
  | { state: 'failed'; message: string; cancelled: boolean; retryLabel?: string };

/** How much of a download goes to the worker in one message. */
const STREAM_BATCH_BYTES = 1 << 20;

let documentCounter = 0;
let streamCounter = 0;

function concatenate(pieces: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) { out.set(piece, at); at += piece.length; }
  return out;
}

export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** Bytes read from disk may share a pooled buffer: move only a buffer that is ours alone. */
function ownBuffer(bytes: ProfileBytesSource): ArrayBuffer[] {
  if (!(bytes instanceof Uint8Array)) return [];
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
}

/**
 * What the worker decodes: a local file's path (the worker reads it, so the host neither
 * receives nor copies the bytes), else the bytes through vscode.workspace.fs (remote, virtual, web).
 */
function profileBytesOf(uri: vscode.Uri): Promise<ProfileBytesSource> {
  return hostPlatform().workerInput(uri);
}

export class ProfileDocument implements vscode.CustomDocument {
  readonly documentId = `doc${++documentCounter}`;
  private worker: AnalysisWorkerClient;
  /** The limits a "Retry with a higher limit" would use, after a job hit one. */
  private raisedLimits: WorkerLimits | undefined;
  private loadGeneration = -1;
  private loading: Promise<LoadState> | undefined;
  private baseUri: vscode.Uri | undefined;
  private readonly changeEmitter = new vscode.EventEmitter<LoadState>();
  /** Fires when loading starts, ends, fails, or the diff base changes. */
  readonly onDidChange = this.changeEmitter.event;
  current: LoadState = { state: 'loading' };

  constructor(readonly uri: vscode.Uri, private readonly startThread: StartAnalysisThread) {
    this.worker = new AnalysisWorkerClient(startThread, analysisLimits());
  }

  get fileName(): string { return baseName(this.uri); }

  /** Decodes the file (once per worker thread: a cancelled job restarts the thread). */
  load(): Promise<LoadState> {
    if (this.loading && this.loadGeneration === this.worker.generation) return this.loading;
    this.loading = this.doLoad();
    return this.loading;
  }

  /** Runs a job on this document's worker, re-decoding first if the worker lost its state. */
  async run<K extends JobKind>(kind: K, input: JobInput<K>): Promise<JobOutput<K>> {
    const state = await this.load();
    if (state.state !== 'loaded') throw new Error(state.state === 'failed' ? state.message : 'not loaded');
    try {
      return await this.worker.run(kind, input);
    } catch (e) {
      // A view's job over a limit stops the document as its load would: the view says which limit, and Retry raises it.
      const limit = limitFailure(e, this.worker.limits);
      if (limit) {
        this.raisedLimits = limit.raised;
        this.setState({ state: 'failed', cancelled: false, message: limit.message, retryLabel: limit.retryLabel });
      }
      throw e;
    }
  }

  /** A sample type of the profile: from the summary's first ones, else asked of the worker (the host never holds them all). */
  async sampleTypeAt(index: number): Promise<SampleTypeEntry | undefined> {
    const state = this.current;
    if (state.state !== 'loaded') return undefined;
    const listed = state.profile.summary.sampleTypes.listed.find(t => t.index === index);
    if (listed || index >= state.profile.summary.sampleTypes.count) return listed;
    const window = await this.run('profile.sampleTypes', { documentId: this.documentId, window: { filter: '', start: index, count: 1 } });
    return window.entries[0];
  }

  async setBase(uri: vscode.Uri | undefined): Promise<void> {
    const state = await this.load();
    if (state.state !== 'loaded') return;
    this.baseUri = uri;
    const profile = state.profile;
    if (!uri) {
      await this.worker.run('profile.setBase', { documentId: this.documentId });
      profile.base = undefined;
    } else {
      const bytes = await profileBytesOf(uri);
      const out = await this.worker.run('profile.setBase', { documentId: this.documentId, base: { fileName: baseName(uri), bytes } }, { transfer: ownBuffer(bytes) });
      profile.base = { uri, summary: out.summary! };
    }
    this.changeEmitter.fire(this.current);
  }

  private async doLoad(): Promise<LoadState> {
    this.loadGeneration = this.worker.generation;
    this.setState({ state: 'loading' });
    // A Web Worker takes ~1 s to start in the web build (its script fetched, compiled): meanwhile the file is read.
    this.worker.prestart();
    const startedEpochMs = Date.now();
    try {
      const stat = await vscode.workspace.fs.stat(this.uri);
      this.setState({ state: 'loading', byteLength: stat.size });
      const decode = async (token?: vscode.CancellationToken): Promise<LoadState> => {
        const readStarted = Date.now();
        const { out, readMs, readVia, openStarted } = await this.open(readStarted, token);
        recordProfileLoad({ fileName: this.fileName, byteLength: stat.size, startedEpochMs, loadedEpochMs: Date.now(), readMs, readVia, openMs: Date.now() - openStarted, ...out.timings });
        this.loadGeneration = this.worker.generation;
        if (!this.baseUri) this.prepareDefaultView(out.summary);
        const loaded: LoadedProfile = { summary: out.summary, byteLength: stat.size, sourceFiles: new ContentKeyedSet(out.sourceFiles) };
        if (this.baseUri) {
          const baseBytes = await profileBytesOf(this.baseUri);
          const b = await this.worker.run('profile.setBase', { documentId: this.documentId, base: { fileName: baseName(this.baseUri), bytes: baseBytes } }, { token, transfer: ownBuffer(baseBytes) });
          loaded.base = { uri: this.baseUri, summary: b.summary! };
        }
        return { state: 'loaded', profile: loaded };
      };
      this.setState(await withCancelAfter(PROGRESS_AFTER_MS, `Loading profile ${this.fileName}…`, decode));
    } catch (e) {
      const cancelled = e instanceof JobCancelledError;
      const limit = limitFailure(e, this.worker.limits);
      this.raisedLimits = limit?.raised;
      if (limit) this.setState({ state: 'failed', cancelled: false, message: limit.message, retryLabel: limit.retryLabel });
      else this.setState({ state: 'failed', cancelled, message: cancelled ? `Loading ${this.fileName} was cancelled.` : (e instanceof Error ? e.message : String(e)) });
    }
    return this.current;
  }

  /**
   * Reads the file and has the worker decode it: streamed where the platform can (the worker
   * inflates the pieces while the rest downloads), else read whole first.
   */
  private async open(readStarted: number, token?: vscode.CancellationToken): Promise<{ out: JobOutput<'profile.open'>; readMs: number; readVia?: string; openStarted: number }> {
    const streamed = await hostPlatform().streamedInput?.(this.uri);
    if (streamed) {
      const stream = `${this.documentId}:${++streamCounter}`;
      const generation = this.worker.generation;
      const openStarted = Date.now();
      const opening = this.worker.run('profile.open', { documentId: this.documentId, fileName: this.fileName, bytes: { stream, byteLength: streamed.byteLength } }, { token });
      let settled = false;
      opening.then(() => { settled = true; }, () => { settled = true; });
      try {
        // The download's own pieces are small (~64 KiB): sent in batches, the worker gets fewer messages and writes.
        let batch: Uint8Array[] = [];
        let batched = 0;
        const flush = (): boolean => {
          const bytes = batch.length === 1 ? batch[0] : concatenate(batch, batched);
          batch = [];
          batched = 0;
          return this.worker.sendStreamPiece({ stream, bytes }, generation, ownBuffer(bytes));
        };
        for await (const piece of streamed.pieces) {
          if (settled) break;
          batch.push(piece);
          batched += piece.length;
          if (batched >= STREAM_BATCH_BYTES && !flush()) break;
        }
        if (batched > 0) flush();
        this.worker.sendStreamPiece({ stream, end: true }, generation);
      } catch (e) {
        this.worker.sendStreamPiece({ stream, error: `could not read ${this.fileName}: ${e instanceof Error ? e.message : String(e)}` }, generation);
      }
      const readMs = Date.now() - readStarted;
      return { out: await opening, readMs, readVia: streamed.via, openStarted };
    }
    const bytes = await profileBytesOf(this.uri);
    const readMs = Date.now() - readStarted;
    if (token?.isCancellationRequested) throw new JobCancelledError();
    const openStarted = Date.now();
    const out = await this.worker.run('profile.open', { documentId: this.documentId, fileName: this.fileName, bytes }, { token, transfer: ownBuffer(bytes) });
    return { out, readMs, readVia: hostPlatform().readWayOf?.(bytes), openStarted };
  }

  /**
   * Starts the worker on the view a freshly opened webview asks for first (the default sample
   * type, no filters, the last flame graph width) while the webview is still starting; not
   * awaited, and a failure only means the first query computes it itself.
   */
  private prepareDefaultView(summary: ProfileSummary): void {
    const query = { sampleType: summary.defaultSampleType, granularity: 'functions' as const, filters: [] };
    this.worker.run('profile.prepare', { documentId: this.documentId, query, widthPx: expectedFlameWidth() }).catch(() => undefined);
  }

  private setState(s: LoadState): void {
    this.current = s;
    this.changeEmitter.fire(s);
  }

  /** Starts over after a failure or cancel; after a limit was hit, with that limit raised. */
  retry(): void {
    if (this.raisedLimits) {
      this.worker.dispose();
      this.worker = new AnalysisWorkerClient(this.startThread, this.raisedLimits);
      this.raisedLimits = undefined;
    }
    this.loading = undefined;
    void this.load();
  }

  dispose(): void {
    this.worker.dispose();
    this.changeEmitter.dispose();
  }
}

