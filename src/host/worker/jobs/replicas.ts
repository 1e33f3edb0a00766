// Worker job `replicas`: the replicas' saved captures read here (never by the extension host),
// compared (core/report/replicas), and pprof's merge of their profiles gzipped for the host to save;
// each capture read once for both.
import type { Job } from '../jobTypes';
import { threadLimits } from '../threadLimits';
import { localFiles, workerPlatform } from '../workerPlatform';
import { compareAndMergeReplicas, packComparison, packedBuffers, type PackedReplicaComparison, type ReplicaInput } from '../../../core/report/replicas';
import { encodeProfileProto } from '../../../core/pprof/encodeProto';

export interface ReplicaJobInput {
  readonly replicas: readonly { readonly name: string; readonly filePath?: string; readonly error?: string; readonly elapsedMs?: number }[];
  readonly sampleType?: string;
  readonly measure?: 'flat' | 'cum';
}

export interface ReplicaJobOutput {
  /** The rows' values as typed arrays, moved to the capture thread (not copied). */
  readonly comparison: PackedReplicaComparison;
  /** The merged profile as a .pb.gz (moved to the host, not copied); else why there is none. */
  readonly merged: { readonly bytes: Uint8Array } | { readonly error: string };
}

export const replicasJob: Job<ReplicaJobInput, ReplicaJobOutput> = {
  run(input, context) {
    const options = { gunzip: workerPlatform().gunzip, maxUnzippedBytes: threadLimits.maxUnzippedBytes };
    // Each capture is read when the comparison comes to it: one capture's bytes held at a time.
    const inputs: ReplicaInput[] = input.replicas.map(r => {
      const filePath = r.filePath;
      if (filePath === undefined) return { name: r.name, error: r.error ?? 'no capture', elapsedMs: r.elapsedMs };
      return { name: r.name, file: filePath, read: () => localFiles().readFile(filePath), elapsedMs: r.elapsedMs };
    });
    const { comparison, merge } = compareAndMergeReplicas(inputs, { ...options, sampleType: input.sampleType, measure: input.measure });
    let merged: ReplicaJobOutput['merged'];
    if ('error' in merge) merged = { error: merge.error };
    else if (merge.merged.length < 2) merged = { error: 'fewer than two replicas answered with a profile' };
    else {
      const bytes = workerPlatform().gzip(encodeProfileProto(merge.profile));
      context.transfer(bytes.buffer);
      merged = { bytes };
    }
    const packed = packComparison(comparison);
    for (const buffer of packedBuffers(packed)) context.transfer(buffer);
    return { comparison: packed, merged };
  },
};
