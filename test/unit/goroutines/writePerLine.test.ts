// Still read wrong, pinned so that a fix shows: a relay that made a log line of every write of the
// runtime's print (golang/go#32002: `goroutine `, `32`, ` [`, `running`, `]:` each behind docker
// compose's prefix, the runtime's own `\n` writes as empty lines). The input door finds only the first
// `panic: ` and no goroutine; joining a record's pieces up to its empty ones would read the dump.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';
import { readGoroutines } from '../../../src/core/input';

const PASTE = readFileSync('test/fixtures/goroutines/pasted/golang_32002_compose_prefix_one_token_per_line_nested_panic_fp_sp_pc_cut.txt', 'utf8');

describe('goroutines: a dump written one print at a time, each a log line (still read wrong)', () => {
  it('reads the first `panic: ` as the crash and no goroutine; the input door says so in one line', () => {
    const a = analyzeGoroutineDump(PASTE);
    assert.deepEqual([a.dump.crash?.message, a.dump.goroutines.length, a.dump.truncated], ['panic: ', 0, false]);
    assert.throws(() => readGoroutines(PASTE), { message: 'no goroutine dump found: line 8 is a crash (panic: ) with no goroutine after it' });
  });
});
