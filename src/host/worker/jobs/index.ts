// Every job the analysis worker runs, by kind. Add a job: one file in this folder exporting a
// Job<Input, Output>, one line here. The host's AnalysisWorkerClient.run is typed from this map.
import type { Job } from '../jobTypes';
import { goroutineFlameZoomJob, goroutineFramesJob, goroutineQueryJob, goroutineReleaseJob, goroutinesJob, goroutineStacksJob, goroutineVanishedJob } from './goroutines';
import { profileBottomUpJob } from './profileBottomUp';
import { incidentFramesJob, incidentJob, incidentReleaseJob, incidentReportJob, incidentSameProcessJob } from './incident';
import { profileCallersJob } from './profileCallers';
import { profileExportJob } from './profileExport';
import { profileFiguresJob } from './profileFigures';
import { profileGraphJob } from './profileGraph';
import { profileOpenJob } from './profileOpen';
import { profilePeekJob } from './profilePeek';
import { profilePeekEdgesJob } from './profilePeekEdges';
import { profilePrepareJob } from './profilePrepare';
import { profileSampleTypesJob } from './profileSampleTypes';
import { profileSetBaseJob } from './profileSetBase';
import { profileSourceJob } from './profileSource';
import { profileSubtreeJob } from './profileSubtree';
import { profileTopRowsJob } from './profileTopRows';
import { profileViewJob } from './profileView';
import { replicasJob } from './replicas';
import { profilesMergeJob } from './profilesMerge';

export const jobs = {
  goroutines: goroutinesJob,
  'goroutines.query': goroutineQueryJob,
  'goroutines.frames': goroutineFramesJob,
  'goroutines.flameZoom': goroutineFlameZoomJob,
  'goroutines.stacks': goroutineStacksJob,
  'goroutines.vanished': goroutineVanishedJob,
  'goroutines.release': goroutineReleaseJob,
  'profile.open': profileOpenJob,
  'profile.prepare': profilePrepareJob,
  'profile.setBase': profileSetBaseJob,
  'profile.view': profileViewJob,
  'profile.topRows': profileTopRowsJob,
  'profile.subtree': profileSubtreeJob,
  'profile.callers': profileCallersJob,
  'profile.figures': profileFiguresJob,
  'profile.bottomUp': profileBottomUpJob,
  'profile.export': profileExportJob,
  'profile.graph': profileGraphJob,
  'profile.peek': profilePeekJob,
  'profile.peekEdges': profilePeekEdgesJob,
  'profile.source': profileSourceJob,
  'profile.sampleTypes': profileSampleTypesJob,
  incident: incidentJob,
  'incident.report': incidentReportJob,
  'incident.sameProcess': incidentSameProcessJob,
  'incident.frames': incidentFramesJob,
  'incident.release': incidentReleaseJob,
  replicas: replicasJob,
  'profiles.merge': profilesMergeJob,
};

export type JobKind = keyof typeof jobs;
type JobOf<K extends JobKind> = (typeof jobs)[K];
export type JobInput<K extends JobKind> = JobOf<K> extends Job<infer I, unknown> ? I : never;
export type JobOutput<K extends JobKind> = JobOf<K> extends Job<unknown, infer O> ? O : never;
