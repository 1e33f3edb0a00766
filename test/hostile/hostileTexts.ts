// Crafted text inputs, one per class of hostile goroutine dump or legacy text profile: shapes Go
// never prints at sizes it never reaches. `scale` multiplies the counts (1: a few MB). Each
// returns the file's bytes.

function lines(n: number, make: (i: number) => string): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(make(i));
  return out.join('\n') + '\n';
}

const frame = (i: number): string => `main.f${i}(0x1)\n\t/src/main.go:${i + 1} +0x1d`;
const ascii = (s: string): Buffer => Buffer.from(s, 'latin1');
/**
 * `lines` as bytes, written in blocks of ~64 KB: no list of every line and no string of the whole
 * text (the race report's bench row counts making its 12 MB; the list, the join and the encoding
 * of one string took half of it).
 */
function linesBytes(n: number, make: (i: number) => string): Buffer[] {
  const blocks: Buffer[] = [];
  let block = '';
  for (let i = 0; i < n; i++) {
    block += make(i) + '\n';
    if (block.length > 65_536) { blocks.push(ascii(block)); block = ''; }
  }
  blocks.push(ascii(block));
  return blocks;
}

/** n distinct addresses of a legacy profile's `@` list, then its line break. */
const addressLine = (n: number): string => Array.from({ length: n }, (_, i) => `0x${(0x100000 + i).toString(16)}`).join(' ') + '\n';

export const hostileTexts: Record<string, (scale: number) => Buffer> = {
  /**
   * Goroutines whose names, files and state read as one another once their hidden characters are
   * applied: a zero-width space, a right-to-left override, an isolate in a path, a byte order mark.
   */
  'look-alike-dump': () => Buffer.from([
    'goroutine 1 [chan receive]:', 'main.Handle()', '\t/src/main.go:10 +0x1d', 'created by main.main in goroutine 1', '\t/src/main.go:4 +0x3b', '',
    'goroutine 2 [chan receive]:', 'main.Han\u200bdle()', '\t/src/main.go:10 +0x1d', 'created by main.main in goroutine 1', '\t/src/main.go:4 +0x3b', '',
    'goroutine 3 [chan\u202e receive]:', 'main.\u202eeldnaH()', '\t/src/ma\u2066in.go:12 +0x1d', 'created by main.main\ufeff in goroutine 1', '\t/src/main.go:4 +0x3b', '',
  ].join('\n'), 'utf8'),
  /** 10^6 × scale goroutine headers without frames. */
  'headers-no-frames': scale => ascii(lines(1_000_000 * scale, i => `goroutine ${i + 1} [chan receive]:\n`)),
  /** One goroutine 10^6 × scale frames deep. */
  'million-frames': scale => ascii(`goroutine 1 [chan receive]:\n${lines(1_000_000 * scale, frame)}created by main.main\n\t/src/main.go:1 +0x1\n`),
  /** Goroutine ids near 2^64 and waits of 10^12 minutes. */
  'huge-ids-minutes': scale => ascii(lines(10_000 * scale, i => `goroutine ${18446744073709551615n - BigInt(i)} [chan receive, ${1e12 + i} minutes]:\n${frame(i % 50)}\n`)),
  /** A header with one id repeated 10^5 × scale times, each with a stack. */
  'same-id-repeated': scale => ascii(lines(100_000 * scale, i => `goroutine 7 [select]:\n${frame(i % 20)}\n`)),
  /** A dump whose lines are broken by CR only. */
  'cr-only': scale => ascii(lines(100_000 * scale, i => `goroutine ${i + 1} [select]:\r${frame(i % 20).replace('\n', '\r')}\r`).replace(/\n/g, '\r')),
  /** A dump whose lines end in CRLF, CR and LF taking turns line by line (a CR alone is a line end too). */
  'mixed-line-ends': scale => {
    const ends = ['\r\n', '\r', '\n'];
    let line = 0;
    return ascii(lines(100_000 * scale, i => `goroutine ${i + 1} [select]:\n${frame(i % 20)}\n`).replace(/\n/g, () => ends[line++ % 3]));
  },
  /** NUL bytes inside lines and between them. */
  'nul-bytes': scale => ascii(lines(100_000 * scale, i => `goroutine ${i + 1} [sel\0ect]:\n${frame(i % 20)}\0\n\0`)),
  /** A UTF-16 LE dump (byte order mark first). */
  'utf16-bom': scale => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines(50_000 * scale, i => `goroutine ${i + 1} [select]:\n${frame(i % 20)}\n`), 'utf16le')]),
  /** Invalid UTF-8 everywhere (lone continuation and lead bytes in names and paths). */
  'invalid-utf8': scale => Buffer.concat(Array.from({ length: 100_000 * scale }, (_, i) => Buffer.concat([
    ascii(`goroutine ${i + 1} [select]:\nmain.f\xff\xfe${i % 20}(0x1)\n\t/src/\xc3\x28main.go:${i % 7 + 1} +0x1d\n\n`)]))),
  /** 10^5 × scale race reports' access blocks in one report. */
  'race-access-blocks': scale => ascii('==================\nWARNING: DATA RACE\n' + lines(100_000 * scale, i =>
    `${i % 2 ? 'Previous write' : 'Read'} at 0x00c0000${(i % 4096).toString(16).padStart(4, '0')} by goroutine ${i + 7}:\n  ${frame(i % 30).replace('\t', '      ')}\n`) + '==================\n'),
  /**
   * One race report of 10^5 × scale accesses, each by its own goroutine at its own address in its own
   * function (10^5 groups), every tenth goroutine's creation listed after them as the race detector lists it.
   */
  'race-distinct-accesses': scale => Buffer.concat([ascii('==================\nWARNING: DATA RACE\n'), ...linesBytes(100_000 * scale, i =>
    `${i % 2 ? 'Previous write' : 'Write'} at 0x00c${i.toString(16).padStart(9, '0')} by goroutine ${i + 3}:\n  pkg/race.access${i}()\n      /go/src/pkg/race/a.go:${i + 1} +0x${(i % 4096).toString(16)}\n`),
    ...linesBytes(10_000 * scale, i => `Goroutine ${i * 10 + 3} (running) created at:\n  main.main()\n      /go/src/main.go:${i + 20} +0x44\n`), ascii('==================\n')]),
  /** A panic whose value is 10 MB × scale on one line. */
  'panic-10mb-value': scale => ascii(`panic: ${'x'.repeat(10_000_000 * scale)}\n\ngoroutine 1 [running]:\n${frame(1)}\nexit status 2\n`),
  /** A panic whose value is 10 MB × scale over 10^5 lines. */
  'panic-many-lines': scale => ascii(`panic: ${lines(100_000 * scale, i => 'y'.repeat(100) + i)}\ngoroutine 1 [running]:\n${frame(1)}\n`),
  /** One goroutine under 10^6 × scale `created by` lines, each its own creator at its own line (Go prints one). */
  'many-creators': scale => ascii(`goroutine 1 [chan receive]:\n${frame(1)}\n${lines(1_000_000 * scale, i => `created by main.g${i} in goroutine 1\n\t/src/main.go:${i + 1} +0x1`)}`),
  /** 2·10^5 × scale `created by` lines, each over its `file:line`, without any goroutine header: each a stack without its header. */
  'headless-creators': scale => ascii(lines(200_000 * scale, i => `created by main.g${i} in goroutine ${i + 1}\n\t/src/main.go:${i + 1} +0x1`)),
  /** 200 × scale goroutines, each a frame of its own 1 MB function name. */
  'huge-names': scale => ascii(lines(200 * scale, i => `goroutine ${i + 1} [select]:\nmain.${String(i).padStart(8, '0')}${'x'.repeat(1_000_000)}(0x1)\n\t/src/main.go:${i + 1} +0x1d\ncreated by main.main in goroutine 1\n\t/src/main.go:1 +0x1\n`)),
  /**
   * 200 × scale goroutines, each naming its own 1 MB text in every field a view shows: the state (every
   * other goroutine's; the rest wait on a channel for an hour, leak suspects), a label's key and value,
   * the function, its file, the creator and its file.
   */
  'huge-fields': scale => Buffer.concat(linesBytes(200 * scale, i => {
    const id = String(i).padStart(8, '0');
    const mb = (c: string) => c + id + c.repeat(1_000_000);
    const state = i % 2 === 0 ? mb('s') : `chan receive, ${60 + i} minutes`;
    return `goroutine ${i + 1} [${state}] {${mb('k')}: "${mb('v')}"}:\nmain.${mb('f')}(0x1)\n\t/src/${mb('p')}.go:${i + 1} +0x1d\n` +
      `created by main.${mb('c')} in goroutine 1\n\t/src/${mb('q')}.go:1 +0x1\n`;
  })),
  /** 10^4 × scale groups, each goroutine's state its own 20,000-character text: the view's groups past its budget. */
  'long-state-groups': scale => Buffer.concat(linesBytes(10_000 * scale, i => {
    const id = String(i).padStart(8, '0');
    return `goroutine ${i + 1} [s${id}${'s'.repeat(20_000 - 9)}]:\nmain.wait(0x1)\n\t/src/main.go:10 +0x1d\ncreated by main.main in goroutine 1\n\t/src/main.go:4 +0x3b\n`;
  })),
  /** 10^5 × scale groups, each of two distinct frames whose function names are 1,000 characters. */
  'long-frame-groups': scale => Buffer.concat(linesBytes(100_000 * scale, i => {
    const id = String(i).padStart(8, '0');
    const name = (c: string) => `main.${c}${id}${c.repeat(1_000 - 14)}`;
    return `goroutine ${i + 1} [chan receive]:\n${name('f')}(0x1)\n\t/src/main.go:${i + 1} +0x1d\n${name('g')}(0x1)\n\t/src/main.go:${i + 1} +0x2d\n` +
      `created by main.main in goroutine 1\n\t/src/main.go:4 +0x3b\n`;
  })),
  /** One goroutine whose header carries 10^5 × scale distinct runtime/pprof labels (Go 1.27's `labels:{…}`). */
  'many-labels': scale => {
    const labels = Array.from({ length: 100_000 * scale }, (_, i) => `"key${i}": "value${i}"`).join(', ');
    return ascii(`goroutine 1 [chan receive, labels:{${labels}}]:\nmain.wait(0x1)\n\t/src/main.go:10 +0x1d\ncreated by main.main in goroutine 1\n\t/src/main.go:4 +0x3b\n`);
  },
  /**
   * A goroutine profile (debug=1) of 20 × scale records of 1,000 goroutines each, blocked in a
   * channel receive (leak suspects an incident joins), each record's function, file, creator and
   * label key and value its own 1 MB text.
   */
  'huge-fields-debug1': scale => Buffer.concat([ascii(`goroutine profile: total ${20_000 * scale}\n`), ...linesBytes(20 * scale, i => {
    const id = String(i).padStart(8, '0');
    const mb = (c: string) => c + id + c.repeat(1_000_000);
    return `1000 @ 0x43a8d6 0x406f7c 0x${(0x500000 + i).toString(16)} 0x46c7e1\n# labels: {"${mb('k')}":"${mb('v')}"}\n` +
      '#\t0x43a8d5\truntime.gopark+0xd5\t/usr/local/go/src/runtime/proc.go:363\n' +
      '#\t0x406f7b\truntime.chanrecv1+0x1b\t/usr/local/go/src/runtime/chan.go:442\n' +
      `#\t0x${(0x500000 + i - 1).toString(16)}\tmain.${mb('f')}+0x3b\t/src/${mb('p')}.go:${i + 10}\n`;
  })]),
  /** A chain of 10^5 × scale goroutines, each `created by` the one before, in goroutine N. */
  'created-by-chain': scale => ascii(lines(100_000 * scale, i => `goroutine ${i + 2} [chan receive]:\n${frame(i % 50)}\ncreated by main.f${i} in goroutine ${i + 1}\n\t/src/main.go:${i + 1} +0x1\n`)),
  /** A debug=1 goroutine profile with 10^5 × scale distinct stacks and huge counts. */
  'debug1-huge-counts': scale => ascii(`goroutine profile: total 99999999999999999999\n` + lines(100_000 * scale, i =>
    `${i % 3 ? '9007199254740993' : '1e300'} @ 0x${(0x1000 + i).toString(16)} 0x2000\n#\t0x${(0x1000 + i).toString(16)}\tmain.f${i}+0x1\t/src/main.go:${i}\n`)),
  /** A debug=1 goroutine profile with negative counts. */
  'debug1-negative': () => ascii('goroutine profile: total -5\n-3 @ 0x1000\n#\t0x1000\tmain.f+0x1\t/src/main.go:1\n\n-2 @ 0x2000\n#\t0x2000\tmain.g+0x1\t/src/main.go:2\n'),
  /** A legacy heap profile (v1) with 10^6 × scale distinct stacks and counts past 2^53. */
  'heap-v1-million': scale => ascii('heap profile: 1: 2 [3: 4] @ heap/1048576\n' + lines(1_000_000 * scale, i =>
    `${i % 5 ? 1 : '9007199254740993'}: ${i + 100} [${i}: 99999999999999999999999] @ 0x${(0x100000 + i).toString(16)} 0x${(0x200000 + (i >> 4)).toString(16)}`)),
  /** A legacy heap profile with negative counts and sizes. */
  'heap-v1-negative': () => ascii('heap profile: -1: -2 [-3: -4] @ heap/-1\n-1: -16 [-1: -16] @ 0x1001\n#\t0x1000\tmain.f+0x1\t/src/main.go:1\n'),
  /** A contention profile with 10^6 × scale stacks and a sampling period of 0 and of 10^30. */
  'contention-million': scale => ascii('--- contention:\ncycles/second=0\nsampling period=1000000000000000000000000000000\n' + lines(1_000_000 * scale, i =>
    `${i + 1} ${1e15 + i} @ 0x${(0x100000 + i).toString(16)} 0x2000`)),
  /** A legacy heap profile whose memory map has 200k × scale lines. */
  'heap-v1-long-map': scale => ascii('heap profile: 1: 16 [1: 16] @ heap/1048576\n1: 16 [1: 16] @ 0x1001\n\n--- Memory map: ---\n' +
    lines(200_000 * scale, i => `${(0x100000 + i * 0x1000).toString(16)}-${(0x101000 + i * 0x1000).toString(16)} r-xp 00000000 08:01 ${i} /lib/lib${i}.so`)),
  /** A threadcreate profile with 10^6 × scale records. */
  'threadcreate-million': scale => ascii('threadcreate profile: total 1000000\n' + lines(1_000_000 * scale, i => `1 @ 0x${(0x100000 + i).toString(16)}\n#\t0x${(0x100000 + i).toString(16)}\tmain.f${i}+0x1\t/src/main.go:${i}\n`)),
  /** Legacy text profiles whose counts, sizes and rates run past what a double holds (400 digits, or an unsampling that overflows). */
  'legacy-giant-numbers': () => ascii(`heap profile: 1: 16 [1: 16] @ heap_v2/524288\n${'9'.repeat(400)}: 16 [1: 16] @ 0x1001\n`),
  /** A legacy heap profile whose one address runs to 10^5 × scale hex digits. */
  'heap-long-address': scale => ascii(`heap profile: 1: 16 [1: 16] @ heap/1048576\n1: 16 [1: 16] @ 0x1001 0x${'f'.repeat(100_000 * scale)}\n`),
  /** A contention profile whose attribute's name runs to 10^5 × scale characters. */
  'contention-long-attribute': scale => ascii(`--- contention:\ncycles/second=1000\n${'k'.repeat(100_000 * scale)}=1\n5 6 @ 0x1001\n`),
  /** Google's Java contention profile whose sampling period runs to 10^5 × scale digits. */
  'java-long-attribute': scale => ascii(`--- contentionz 1 ---\nformat = java\nresolution = microseconds\nsampling period = ${'9'.repeat(100_000 * scale)}\n1 10 @ 0x1\n---\n  0x1 = java.lang.Foo.bar(Foo.java:12)\n`),
  /** The same profile whose format is 10^5 × scale characters long. */
  'java-long-format': scale => ascii(`--- contentionz 1 ---\nformat = ${'j'.repeat(100_000 * scale)}\nresolution = microseconds\n1 10 @ 0x1\n`),
  /** 10^5 × scale goroutines whose every line is wrapped in colour and hyperlink sequences, five deep before each header. */
  'terminal-escape-storm': scale => {
    const esc = '\x1b[31m\x1b[1m\x1b[0m\x1b[38;5;196m\x1b]8;;http://x\x1b\\';
    return ascii(lines(100_000 * scale, i => `${esc.repeat(5)}goroutine ${i + 1} [chan receive]:${esc}\n${esc}main.f(0x1)${esc}\n${esc}\t/src/main.go:3 +0x1d${esc}\n`));
  },
  /** Escapes that are no sequence around a coloured dump: an OSC never ended (10 KB, within the text's first 64 KiB), a CSI of 10^6 × scale parameters, a lone ESC. */
  'terminal-escape-unended': scale => ascii(`\x1b]8;;${'x'.repeat(10_000)}\n\x1b[31mgoroutine 1 [running]:\x1b[0m\nmain.main()\n\t/src/main.go:5 +0x1d\n\x1b[${'1;'.repeat(1_000_000 * scale)}m\n\x1b\n`),
  /** Goroutine headers whose ids run to 10^6 × scale digits (past the 1,000 read: Infinity as a number) and 31–33 digits, and minutes as long, each over a stack. */
  'header-giant-numbers': scale => ascii(`goroutine ${'9'.repeat(1_000_000 * scale)} [select]:\n${frame(1)}\n\ngoroutine 2 [select, ${'9'.repeat(1_000_000 * scale)} minutes]:\n${frame(2)}\ncreated by main.main in goroutine 1\n\t/src/main.go:1 +0x1\n\n` +
    lines(1000, i => `goroutine ${'8'.repeat(30)}${i} [chan receive, ${'7'.repeat(30)} minutes]:\n${frame(i % 10)}\ncreated by main.main in goroutine 1\n\t/src/main.go:1 +0x1\n`)),
  /** A legacy heap profile of one sample whose `@` line holds 10^6 × scale distinct addresses (9 MB). */
  'heap-address-line': scale => ascii('heap profile: 1: 2 [3: 4] @ heap/1048576\n1: 2 [3: 4] @ ' + addressLine(1_000_000 * scale)),
  /** The same `@` line in a contention profile. */
  'contention-address-line': scale => ascii('--- contention:\ncycles/second=1000\nsampling period=1\n5 6 @ ' + addressLine(1_000_000 * scale)),
  /** The same `@` line in a threadcreate profile. */
  'threadcreate-address-line': scale => ascii('threadcreate profile: total 1\n1 @ ' + addressLine(1_000_000 * scale)),
  /** The same `@` line in a debug=1 goroutine profile. */
  'goroutine-address-line': scale => ascii('goroutine profile: total 1\n1 @ ' + addressLine(1_000_000 * scale)),
  /** A UTF-16 LE dump without its byte order mark (a tool that strips it). */
  'utf16-no-bom': scale => Buffer.from(lines(50_000 * scale, i => `goroutine ${i + 1} [select]:\n${frame(i % 20)}\n`), 'utf16le'),
};
