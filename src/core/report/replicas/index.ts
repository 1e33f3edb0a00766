/**
 * Replicas: the same capture from several processes of one service, compared.
 *
 *   compareReplicas(inputs: {name, file?, bytes?, error?, elapsedMs?}[], options?: {sampleType?,
 *     measure?: 'flat'|'cum', maxRows?, gunzip?}): ReplicaComparison   per goroutine group (by its
 *     signature, as dumps are compared) or per profile function (pprof -top's flat or cum), each
 *     replica's value, the worst replica and its distance from the median, the sampling noise that
 *     distance must pass to stand out (standsOut), rows standing out first, most distant first
 *   mergeReplicaProfiles(inputs, options?): { profile, merged } | { error }   pprof's merge of the
 *     replicas' profiles, for the profile editor and `goprof capture --merged`, a batch at a time
 *   compareAndMergeReplicas(inputs, options?, merge?): { comparison, merge }   both from one read of each capture
 *   replicaQuantity(sampleType?, measure): string   what the values are, "bytes in use (inuse_space, flat)"
 *   packComparison(comparison): the rows' values as typed arrays in `compared` order, to cross threads
 */
export * from './replicaComparison';
export * from './replicaQuantity';
export * from './packedComparison';
