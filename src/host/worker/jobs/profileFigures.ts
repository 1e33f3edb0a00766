// What the open profile says about functions and lines, for code lenses and line heat.
import type { Job } from '../jobTypes';
import { profileFigures, type FigureData } from '../../../core/figures';
import { getSession } from '../profile/profileSession';

export interface ProfileFiguresInput {
  documentId: string;
  sampleType: number;
}

export const profileFiguresJob: Job<ProfileFiguresInput, FigureData> = {
  run({ documentId, sampleType }, { store }) {
    const session = getSession(store, documentId);
    return profileFigures(session.current.profile, session.current.fileName, { sampleType });
  },
};
