// pprof's `-raw` samples and ours in one comparable form: a line per sample, its values as the
// int64s, then its stack's frames leaf first (each location's function, or its address), sorted.
// `-raw` prints the int64s whole: the golden that tells exact sums from sums in doubles.
import { exactValueAt } from '../../../src/core/pprof/exactSums';
import type { Profile } from '../../../src/core/pprof';

export type RawFrame = 'function' | 'address';

export interface RawSampleOptions {
  frame: RawFrame;
  /** String labels after the stack, as `key:[value]` (pprof's numeric labels past 2^53 we hold as doubles). */
  labels: boolean;
}

/** pprof's -raw text in that form. */
export function pprofRawSamples(text: string, { frame, labels }: RawSampleOptions): string[] {
  const frameOf = new Map<string, string>();
  const locationLine = frame === 'function' ? /^ +(\d+): 0x[0-9a-f]+ M=\d+ (\S+) /gm : /^ +(\d+): (0x[0-9a-f]+) M=/gm;
  for (const m of text.matchAll(locationLine)) frameOf.set(m[1], frame === 'function' ? m[2] : BigInt(m[2]).toString(16));
  const samples: string[] = [];
  const section = text.slice(text.indexOf('Samples:'), text.indexOf('\nLocations'));
  for (const line of section.split('\n').slice(2)) {
    const sample = /^ *(-?\d+(?: +-?\d+)*): ([\d ]+)$/.exec(line);
    if (sample) samples.push(`${sample[1].trim().split(/ +/).join(' ')} @ ${sample[2].trim().split(' ').map(id => frameOf.get(id)).join(' ')}`);
    else if (labels && line.trim() !== '') samples[samples.length - 1] += ` ${line.trim()}`;
  }
  return samples.sort();
}

/** Our samples in that form. */
export function ourRawSamples(p: Profile, { frame, labels }: RawSampleOptions): string[] {
  const s = p.samples, vc = s.valueCount;
  const out: string[] = [];
  for (let i = 0; i < s.count; i++) {
    const values = Array.from({ length: vc }, (_, v) => exactValueAt(s, i * vc + v)).join(' ');
    const stack: string[] = [];
    for (let k = s.stackStart[i]; k < s.stackStart[i + 1]; k++) {
      const loc = p.locations[s.locations[k]];
      stack.push(frame === 'function' ? p.functions[loc.lines[0].functionIndex].name : loc.address.toString(16));
    }
    let line = `${values} @ ${stack.join(' ')}`;
    if (labels) for (let j = s.labelStart[i]; j < s.labelStart[i + 1]; j++) line += ` ${p.strings[s.labelKey[j]]}:[${p.strings[s.labelStr[j]]}]`;
    out.push(line);
  }
  return out.sort();
}
