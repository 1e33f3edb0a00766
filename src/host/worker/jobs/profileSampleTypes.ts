// The sample types past the summary's, as the picker searches and pages through them: a window of
// the types the session keeps (core/report sampleTypeWindow).
import type { SampleTypeWindow, SampleTypeWindowRequest } from '../../../core/report';
import type { Job } from '../jobTypes';
import { getSession } from '../profile/profileSession';

export interface ProfileSampleTypesInput {
  documentId: string;
  window: SampleTypeWindowRequest;
}

export const profileSampleTypesJob: Job<ProfileSampleTypesInput, SampleTypeWindow> = {
  run({ documentId, window }, { store }) {
    return getSession(store, documentId).types.window(window);
  },
};
