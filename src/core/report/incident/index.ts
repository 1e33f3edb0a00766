/**
 * The incident: a folder of captures of one process (heap, allocs, goroutine dumps, cpu, mutex,
 * block …) read together. Pure TypeScript: the caller reads the files and hands their bytes.
 *
 *   buildIncident(files: {path, bytes, mtimeMs?}[], options?: {gunzip?, maxUnzippedBytes?}): Incident
 *     gathers (gatherCaptures), joins each suspect goroutine group with the heap, accounts memory
 *     against MemStats, charts captures over time, and says it in sentences (answer[0] first)
 *   gatherCaptures(files, options?): { captures, unread }   each file read and classified
 *   incidentFromCaptures(gathered): Incident; incidentWithStacks(gathered): it and the suspects' whole deep stacks
 *   SuspectStackPages: a deep suspect stack's middle, a page at a time (the incident view asks)
 *   dumpAndProfileVerdict(gathered): whether a dump and a profile are of one process (or null)
 *   mayBeCapture(path), searchFolder(dirName), INCIDENT_FOLDER_LIMITS: which files and folders a
 *     folder reader should read, and how many (the CLI's readIncidentFolder; the host's reader)
 *   incidentMarkdown(incident, options?), incidentHtml(incident, options?): the exported report;
 *     options.sourceLines(file) gives source text (core does no IO); reportSourceFiles(incident)
 *     lists the files it asks for, to fetch them first
 *   crossingIncident(incident): the incident with every text cut to cross to a view (names as references)
 */
export * from './incidentModel';
export { buildIncident, dumpAndProfileVerdict, incidentFromCaptures, incidentWithStacks } from './buildIncident';
export { SuspectStackPages } from './suspectStackPages';
export { percentOf } from './percent';
export { gatherCaptures, mergeGathered, type Capture, type GatheredCaptures, type IncidentInputFile, type IncidentReadOptions } from './gatherCaptures';
export { mayBeCapture, searchFolder, unfollowedLink, timeInName, memStatsOf, profileKind, FilesPastLimit, INCIDENT_FOLDER_LIMITS } from './captureKinds';
export { joinName, groupJoinFunctions, joinHeap, sameBinary, sameProcess, type ProcessVerdict } from './heapJoin';
export { CreatorPaths } from './creatorPaths';
export { growsEveryTime, growsOverLast, heapSamplingNoise, overTimeSeries, groupLabel, leakLabel, LEAK_WINDOW } from './overTime';
export { incidentMarkdown, markdownText } from './incidentMarkdown';
export { crossingIncident } from './crossingIncident';
export { incidentHtml, escapeHtml, flameSvg } from './incidentHtml';
export { creatorPathText, heapFunctionNames, reportSourceFiles, type IncidentReportOptions, type SourceLines } from './reportParts';
