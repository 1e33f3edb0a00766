// cleanPath against Go's filepath.Clean (the cases of its documentation and tests).
import assert from 'node:assert/strict';
import { cleanPath } from '../../../src/core/pprof/cleanPath';

describe('cleanPath (Go filepath.Clean)', () => {
  const cases: [string, string][] = [
    ['', '.'], ['abc', 'abc'], ['abc/def', 'abc/def'], ['.', '.'], ['..', '..'], ['../..', '../..'], ['../../abc', '../../abc'],
    ['/abc', '/abc'], ['/', '/'], ['abc/', 'abc'], ['/abc/def/', '/abc/def'], ['abc//def//ghi', 'abc/def/ghi'], ['//abc', '/abc'],
    ['abc/./def', 'abc/def'], ['/./abc/def', '/abc/def'], ['abc/.', 'abc'], ['abc/def/ghi/../jkl', 'abc/def/jkl'],
    ['abc/def/../ghi/../jkl', 'abc/jkl'], ['abc/def/..', 'abc'], ['abc/def/../..', '.'], ['/abc/def/../..', '/'],
    ['abc/def/../../..', '..'], ['/abc/def/../../..', '/'], ['abc/def/../../../ghi/jkl/../../../mno', '../../mno'],
    ['abc/./../def', 'def'], ['file:///app/server.js', 'file:/app/server.js'], ['node:internal/timers', 'node:internal/timers'],
  ];
  for (const [input, want] of cases) it(JSON.stringify(input), () => assert.equal(cleanPath(input), want));
});
