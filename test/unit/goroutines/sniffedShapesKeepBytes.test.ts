// A dump's bytes that are not UTF-8 are kept as escapes (core/byteEscapes.ts) whatever shape the
// text is told to have from its first bytes: CRI records and their partial lines, CSV rows, rsyslog's
// `#011`, HTML line breaks, Markdown autolinks, wasm traces, one print per line, a logged string,
// a text copied newest line first. Each real or Go-made dump, its `main` and `/src/` given a
// Latin-1 byte (`m\xe9in`), reads as before on both paths, the byte kept and no U+FFFD made.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { scanGoroutineDump } from '../../../src/core/goroutines';
import { plainJson } from './readAlike';

const G = 'test/fixtures/goroutines';
const SHAPES = [
  'cri_partial_json_stack.txt', 'created_by_first_cri.txt', 'csv_minimal_quoting_rows.txt', 'csv_multiline_record.txt',
  'wasm_wazero_tinygo_dwarf_inlined.txt', 'print_per_line_compose_prefix.txt', 'logged_escaped.txt',
  'pasted/influxdb_16152_journald_rsyslog_tab_escape_huge_minutes_cut.txt', 'pasted/buildkit_1535_journald_rsyslog_octal_tab_dockerd_headless_cut.txt',
  'pasted/k9s_582_homebrew_cellar_concurrent_map_read_fp_sp_pc_cut.txt', 'pasted/mergestat_854_compose_worker_prefix_two_space_locations_cut_in_path.txt',
  'pasted/kubernetes_93771_windows_kubelet_dockershim_map_writes_then_prose.txt',
];

/** The bytes with `main` and `/src/` holding 0xE9, a byte that starts no UTF-8 sequence there. */
const withLatin1 = (bytes: Buffer): Buffer => Buffer.from(bytes.toString('latin1').replace(/main/g, 'm\u00e9in').replace(/\/src\//g, '/s\u00e9rc/'), 'latin1');

/** The reading with each escape of 0xE9 taken out again: what the original bytes read as. */
const withoutByte = (value: unknown): string => JSON.stringify(plainJson(value)).replace(/m\\udce9in/g, 'main').replace(/\/s\\udce9rc\//g, '/src/');

describe('goroutines: bytes that are not UTF-8 kept through every shape sniffed from the first bytes', () => {
  for (const name of SHAPES) {
    it(name, () => {
      const original = readFileSync(`${G}/${name}`);
      const latin1 = withLatin1(original);
      const dump = scanGoroutineDump(latin1);
      assert.deepEqual(plainJson(dump), plainJson(scanGoroutineDump(latin1, { withoutShortcuts: true })));
      const json = JSON.stringify(plainJson(dump));
      assert.ok(json.includes('\\udce9'), 'the byte kept as its escape');
      assert.ok(!json.includes('\\ufffd'), 'no U+FFFD');
      assert.equal(withoutByte(dump), JSON.stringify(plainJson(scanGoroutineDump(original))));
    });
  }

  it('a dump copied newest line first', () => {
    const forward = readFileSync(`${G}/demo_debug2.txt`, 'latin1');
    const reversed = Buffer.from(forward.trimEnd().split('\n').reverse().join('\n') + '\n', 'latin1');
    const dump = scanGoroutineDump(withLatin1(reversed));
    const json = JSON.stringify(plainJson(dump));
    assert.ok(json.includes('\\udce9') && !json.includes('\\ufffd'));
    assert.equal(withoutByte(dump), JSON.stringify(plainJson(scanGoroutineDump(reversed))));
  });
});
