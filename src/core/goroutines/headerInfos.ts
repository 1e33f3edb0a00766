// What goroutine headers say, shared: one HeaderInfo per distinct meaning of a header's bracket
// (state, minutes waited, locked to its thread, leaked, in a synctest bubble) and one string per
// distinct state, however many goroutines carry them; on the byte path, the bracket's bytes find
// their meaning without a string being made.

import type { HeaderInfo } from './goroutineTable';
import type { HeaderLine } from './lineParsers';
import { ByteKeyTable } from './byteKeyTable';
import { detachString } from './textChunks';
import { ContentKeyedMap } from '../../shared/contentKeyedMap';

export class HeaderInfos {
  /** A plain header's meaning by its bracket's bytes (the scanner's plainHeader). */
  readonly byBracket = new ByteKeyTable<HeaderInfo>();
  private readonly infos = new ContentKeyedMap<HeaderInfo>();
  private readonly states = new ContentKeyedMap<string>();

  /** One shared HeaderInfo per distinct header meaning, also for headers read as text (pasted, prefixed dumps). */
  of(header: HeaderLine): HeaderInfo {
    const key = `${header.state}\u0000${header.waitMinutes ?? ''}\u0000${Number(header.lockedToThread)}${Number(header.leaked)}${Number(header.synctest)}`;
    let info = this.infos.get(key);
    if (info === undefined) {
      info = {
        state: this.internState(header.state), waitMinutes: header.waitMinutes, lockedToThread: header.lockedToThread,
        leaked: header.leaked, synctest: header.synctest,
      };
      this.infos.set(key, info);
    }
    return info;
  }

  /** One string per distinct state, detached from the text it was cut from. */
  internState(state: string): string {
    let interned = this.states.get(state);
    if (interned === undefined) { interned = detachString(state); this.states.set(interned, interned); }
    return interned;
  }
}
