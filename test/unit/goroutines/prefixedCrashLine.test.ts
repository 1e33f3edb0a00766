// A crash line behind a log prefix no header has taught yet, whose message ends in a qualified name
// (`RAW-STDERR: panic: Incrementing non-positive count … on stack.PacketBuffer`): the crash line, not
// the start of a stack behind a prefix `RAW-STDERR: panic: … on ` (prefixedHeadlessStart.ts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, scanGoroutineDump } from '../../../src/core/goroutines';
import { plainJson as plain } from './readAlike';

describe('goroutines: a crash line behind an unknown prefix whose message ends in a qualified name', () => {
  it('Synology\'s `RAW-STDERR: ` before gvisor\'s panic (tailscale/tailscale#5387): the crash and the goroutine that raised it', () => {
    const a = analyzeGoroutineDump(readFileSync('test/fixtures/goroutines/pasted/tailscale_5387_synology_raw_stderr_prefix_gvisor_packetbuffer_panic_cut.txt', 'utf8'));
    assert.equal(a.dump.crash?.message, 'panic: Incrementing non-positive count 0xc0000e4000 on stack.PacketBuffer');
    assert.equal(a.groups[0]?.suspect, '1 goroutine crashed (panic: Incrementing non-positive count 0xc0000e4000 on stack.PacketBuffer) in stack.(*packetBufferRefs).IncRef (packet_buffer_refs.go:80)');
  });

  it('another prefix and message, a blank line with or without the prefix, whole or cut in its creator\'s path: read alike on the bytes and as text', () => {
    const p = 'SUPERVISOR-OUT: ';
    const stack = [
      'goroutine 41 [running]:', 'example.com/queue.(*Worker).drain(0xc00012a000)', '\t/src/queue/worker.go:118 +0x2f4',
      'created by example.com/queue.Start in goroutine 1', '\t/src/queue/start.go:22 +0x8c',
    ];
    for (const blank of [p.trimEnd(), p, '']) {
      for (const cut of [0, 12]) {
        const lines = [`${p}panic: unexpected state 3 in queue.Worker`, blank, ...stack.map(l => p + l)];
        let text = lines.join('\n') + '\n';
        if (cut > 0) text = text.slice(0, text.length - cut);
        const bytes = new TextEncoder().encode(text);
        assert.deepEqual(plain(scanGoroutineDump(bytes)), plain(scanGoroutineDump(bytes, { withoutShortcuts: true })), JSON.stringify([blank, cut]));
        const a = analyzeGoroutineDump(text);
        assert.deepEqual([a.dump.crash?.message, a.dump.truncated, a.groups[0]?.suspect], [
          'panic: unexpected state 3 in queue.Worker', cut > 0,
          `1 goroutine crashed (panic: unexpected state 3 in queue.Worker) in queue.(*Worker).drain (worker.go:118), created by queue.Start`,
        ], JSON.stringify([blank, cut]));
      }
    }
  });
});
