// Crafted gzip (and archive) files around a small real-shaped profile or dump: several members,
// junk after a member, cut at each kind of offset, gzip in gzip, zip and tar given as a profile.
// `scale` is unused (each is small); the names end with the extension a user would give them.
import { deflateSync, gzipSync } from 'node:zlib';
import { hostileProfiles } from './hostileProfiles';

const profile = (): Buffer => hostileProfiles['huge-period'](1);
const dump = (): Buffer => Buffer.from('goroutine 1 [running]:\nmain.main()\n\t/src/main.go:5 +0x1d\n\ngoroutine 2 [chan receive, 3 minutes]:\nmain.wait(0xc000010000)\n\t/src/main.go:9 +0x2a\ncreated by main.main in goroutine 1\n\t/src/main.go:4 +0x3b\n');

/** A minimal zip archive (one stored entry) of `content`. */
function zip(name: string, content: Buffer): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0); header.writeUInt16LE(20, 4); header.writeUInt32LE(content.length, 18); header.writeUInt32LE(content.length, 22); header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, Buffer.from(name), content, Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.alloc(18)]);
}

/** A minimal tar archive (one file) of `content`; `prefix`, ustar's field for the folders of a long path. */
function tar(name: string, content: Buffer, prefix = ''): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0); header.write(prefix, 345); header.write('0000644\0', 100); header.write(content.length.toString(8).padStart(11, '0') + '\0', 124); header.write('ustar\0', 257);
  return Buffer.concat([header, content, Buffer.alloc(512 - (content.length % 512)), Buffer.alloc(1024)]);
}

export const hostileGzips: Record<string, (scale: number) => Buffer> = {
  'gzip-two-members.pb.gz': () => { const b = profile(); return Buffer.concat([gzipSync(b.subarray(0, 40)), gzipSync(b.subarray(40))]); },
  'gzip-member-then-garbage.pb.gz': () => Buffer.concat([gzipSync(profile()), Buffer.from('garbage after the member\n')]),
  'gzip-empty-member.pb.gz': () => gzipSync(Buffer.alloc(0)),
  'zero-length.pb.gz': () => Buffer.alloc(0),
  'gzip-header-only.pb.gz': () => gzipSync(profile()).subarray(0, 10),
  'gzip-cut-in-header.pb.gz': () => gzipSync(profile()).subarray(0, 5),
  'gzip-cut-in-deflate.pb.gz': () => { const g = gzipSync(profile()); return g.subarray(0, g.length >> 1); },
  'gzip-cut-in-trailer.pb.gz': () => { const g = gzipSync(profile()); return g.subarray(0, g.length - 3); },
  'gzip-in-gzip.pb.gz': () => gzipSync(gzipSync(profile())),
  'gzip-bad-crc.pb.gz': () => { const g = gzipSync(profile()); g[g.length - 6] ^= 0xff; return g; },
  'profile.zip': () => zip('heap.pb.gz', gzipSync(profile())),
  'profile.tar': () => tar('heap.pb.gz', gzipSync(profile())),
  'dump.txt.gz': () => gzipSync(dump()),
  'dump-two-members.txt.gz': () => { const d = dump(); return Buffer.concat([gzipSync(d.subarray(0, 50)), gzipSync(d.subarray(50))]); },
  'dump-cut.txt.gz': () => { const g = gzipSync(dump()); return g.subarray(0, g.length - 20); },
  'dump-gzip-in-gzip.txt.gz': () => gzipSync(gzipSync(dump())),
  // Dumps sent in an archive that stores the text as it is: refused from their first bytes, not scanned.
  'incident-42.tar': () => tar('goroutines-pod-7f9c.log', dump(), 'var/log/incident-42'),
  'incident-42.tgz': () => gzipSync(tar('stacks.txt', dump())),
  'stacks.zip': () => zip('node-3/stacks.log', dump()),
  // zlib's own format (Python's zlib.compress, Go's compress/zlib), which pprof does not read: levels 1, 6 and 9.
  'profile-zlib-fast.pb.gz': () => deflateSync(profile(), { level: 1 }),
  'profile-zlib.pb.gz': () => deflateSync(profile()),
  'dump-zlib-best.txt.gz': () => deflateSync(dump(), { level: 9 }),
  'core.1234': () => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(56), dump()]),
};
