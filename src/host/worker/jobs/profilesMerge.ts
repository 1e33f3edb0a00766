// Worker job `profiles.merge`: several profile files read and decoded here (never on the extension
// host), merged as `go tool pprof a b c` merges them (core/pprof/mergeNamed), and the merge
// written as a .pb.gz for the host to save and open in the profile editor, as the replica view's
// merged profile is.
import type { Job } from '../jobTypes';
import { decodeProfile, type ProfileBytesSource } from '../profile/profileSession';
import { gunzipAhead, workerPlatform } from '../workerPlatform';
import { mergeNamedProfiles } from '../../../core/pprof/mergeNamed';
import { encodeProfileProto } from '../../../core/pprof/encodeProto';
import type { ParseOptions } from '../../../core/pprof/parse';

export interface ProfilesMergeInput {
  readonly profiles: readonly { readonly fileName: string; readonly bytes: ProfileBytesSource }[];
}

export interface ProfilesMergeOutput {
  /** The merged profile as a .pb.gz (moved to the host, not copied). */
  readonly bytes: Uint8Array;
  readonly samples: number;
}

export const profilesMergeJob: Job<ProfilesMergeInput, ProfilesMergeOutput> = {
  async run(input, context) {
    const named = [];
    for (const { fileName, bytes } of input.profiles) {
      // The web build inflates a gzip asynchronously first; the desktop's worker reads the path itself.
      const gunzip: ParseOptions['gunzip'] | undefined = (await gunzipAhead(bytes))?.gunzip;
      named.push({ name: fileName, profile: decodeProfile(fileName, bytes, gunzip).profile });
    }
    const merged = mergeNamedProfiles(named);
    const bytes = workerPlatform().gzip(encodeProfileProto(merged));
    context.transfer(bytes.buffer);
    return { bytes, samples: merged.samples.count };
  },
};
