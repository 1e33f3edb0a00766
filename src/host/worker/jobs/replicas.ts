// Worker job `replicas`: the replicas' saved captures read here (never by the extension host),
// compared (core/report/replicas), and pprof's merge of their profiles written beside them.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Job } from '../jobTypes';
import { threadLimits } from '../threadLimits';
import { nodeGunzip } from '../../../node/gunzip';
import { compareReplicas, mergeReplicaProfiles, type ReplicaComparison, type ReplicaInput } from '../../../core/report/replicas';
import { encodeProfileProto } from '../../../core/pprof/encodeProto';

export interface ReplicaJobInput {
  readonly replicas: readonly { readonly name: string; readonly filePath?: string; readonly error?: string; readonly elapsedMs?: number }[];
  /** Where the merged profile goes when the replicas answered with profiles. */
  readonly mergedPath: string;
  readonly sampleType?: string;
  readonly measure?: 'flat' | 'cum';
}

export interface ReplicaJobOutput {
  readonly comparison: ReplicaComparison;
  /** Written to mergedPath; else why not. */
  readonly merged: { readonly path: string } | { readonly error: string };
}

export const replicasJob: Job<ReplicaJobInput, ReplicaJobOutput> = {
  run(input) {
    const options = { gunzip: nodeGunzip, maxUnzippedBytes: threadLimits.maxUnzippedBytes };
    const inputs: ReplicaInput[] = input.replicas.map(r => {
      if (r.filePath === undefined) return { name: r.name, error: r.error ?? 'no capture', elapsedMs: r.elapsedMs };
      try {
        return { name: r.name, file: r.filePath, bytes: readFileSync(r.filePath), elapsedMs: r.elapsedMs };
      } catch (e) {
        return { name: r.name, file: r.filePath, error: `cannot read ${r.filePath}: ${e instanceof Error ? e.message : String(e)}`, elapsedMs: r.elapsedMs };
      }
    });
    const comparison = compareReplicas(inputs, { ...options, sampleType: input.sampleType, measure: input.measure });
    const merge = mergeReplicaProfiles(inputs, options);
    let merged: ReplicaJobOutput['merged'];
    if ('error' in merge) merged = { error: merge.error };
    else if (merge.merged.length < 2) merged = { error: 'fewer than two replicas answered with a profile' };
    else {
      writeFileSync(input.mergedPath, gzipSync(encodeProfileProto(merge.profile)));
      merged = { path: input.mergedPath };
    }
    return { comparison, merged };
  },
};
