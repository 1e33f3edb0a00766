// The string table is decoded a run of ASCII strings at a time, each string cut from the run's
// text; a run holding any other byte is decoded string by string. Every string must read as it
// reads alone: UTF-8 of every length, bytes that are not UTF-8 (escaped), a U+FFFD written as
// UTF-8, empty strings, strings of 128 bytes and more (a two-byte length between them), other
// fields between strings, and runs longer than one decode.
import assert from 'node:assert/strict';
import { parseProfile } from '../../../src/core/pprof';
import { decodeEscapingBytes } from '../../../src/core/byteEscapes';
import { fn, lfield, loc, sample, valueType } from '../../hostile/protoWriter';

const rawString = (bytes: Buffer): Buffer => lfield(6, bytes);

function stringsOf(pieces: Buffer[]): Buffer[] {
  return [rawString(Buffer.alloc(0)), ...['samples', 'count', 'main.f', 'main.go'].map(s => rawString(Buffer.from(s))), ...pieces];
}

function profileBytes(strings: Buffer[], between?: Buffer): Buffer {
  const head = stringsOf([]);
  const middle = Math.floor(strings.length / 2);
  return Buffer.concat([...head, ...strings.slice(0, middle).map(rawString), ...(between ? [between] : []), ...strings.slice(middle).map(rawString),
    valueType(1, 1, 2), fn(1, 3, 4), loc(1, [[1, 1]]), sample([1], [1])]);
}

/** A generator of its own, so every run draws the same strings. */
function numbers(seed: number): () => number {
  let x = seed;
  return () => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return x >>> 8; };
}

function drawnString(next: () => number): Buffer {
  switch (next() % 8) {
    case 0: return Buffer.alloc(0);
    case 1: return Buffer.from('é漢😀'.repeat(1 + next() % 3));
    case 2: return Buffer.from([0x61, 0xff, 0x62, 0xc3]);
    case 3: return Buffer.from([0xef, 0xbf, 0xbd]);
    case 4: return Buffer.from('x'.repeat(100 + next() % 200));
    default: return Buffer.from(`name${next() % 1000}\u0001\n`);
  }
}

describe('the string table decoded in runs', () => {
  it('reads every string as it reads alone, ASCII runs or not', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const next = numbers(seed);
      // Some seeds all ASCII (cases 0, 4 and up), the others mixed.
      const ascii = seed % 2 === 0;
      const strings = Array.from({ length: 50 + next() % 400 }, () => {
        let b = drawnString(next);
        while (ascii && b.some(x => x >= 0x80)) b = drawnString(next);
        return b;
      });
      // time_nanos (field 9) between two strings on some seeds: the run breaks there.
      const between = seed % 3 === 1 ? Buffer.from([0x48, 0x05]) : undefined;
      const p = parseProfile(profileBytes(strings, between));
      assert.deepEqual(p.strings.slice(5), strings.map(b => (b.length === 0 ? '' : decodeEscapingBytes(b))), `seed ${seed}`);
    }
  });

  it('cuts runs of 10^5 short ASCII strings past one decode\'s bytes the same', () => {
    const strings = Array.from({ length: 100_000 }, (_, i) => Buffer.from(i % 1000 === 0 ? '' : `comment ${i}`));
    const p = parseProfile(profileBytes(strings));
    assert.equal(p.strings.length, 5 + strings.length);
    for (let i = 0; i < strings.length; i++) assert.equal(p.strings[5 + i], i % 1000 === 0 ? '' : `comment ${i}`);
  });
});
