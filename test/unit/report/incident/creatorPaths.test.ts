import assert from 'node:assert/strict';
import { analyzeGoroutineDump } from '../../../../src/core/goroutines';
import { CreatorPaths } from '../../../../src/core/report/incident';

/** A debug=2 dump: 12 workers blocked on a send, created by main.spawn, and the goroutines given. */
function dump(createdBy: string, others: string): string {
  const workers = Array.from({ length: 12 }, (_, i) => `goroutine ${100 + i} [chan send, 9 minutes]:
main.work(0x0?)
\t/app/main.go:10 +0x25
${createdBy}
\t/app/main.go:20 +0x45
`).join('\n');
  return `${others}\n${workers}`;
}

const spawner = (id: number, frames: string) => `goroutine ${id} [select, 9 minutes]:
${frames}`;
const spawnFrames = `main.spawn(0x0?)
\t/app/main.go:22 +0x55
main.serve(0x0?)
\t/app/main.go:30 +0x65
created by main.main in goroutine 1
\t/app/main.go:40 +0x75
`;
const loopFrames = `main.loop(0x0?)
\t/app/main.go:50 +0x55
created by main.main in goroutine 1
\t/app/main.go:41 +0x75
`;

function pathOf(text: string) {
  const analysis = analyzeGoroutineDump(text);
  const group = analysis.groups.find(g => g.frames[0]?.func === 'main.work')!;
  return new CreatorPaths(analysis).of(group);
}

describe('incident: the creator call path a group is joined through', () => {
  it('Go ≥ 1.21 names the creator goroutine: its stack from the creator function outward', () => {
    const path = pathOf(dump('created by main.spawn in goroutine 7', spawner(7, spawnFrames) + '\n' + spawner(8, spawnFrames)));
    assert.deepEqual(path, {
      via: 'creator-goroutine', goroutineIds: [7], goroutines: 1,
      frames: [{ func: 'main.spawn', file: '/app/main.go', line: 22 }, { func: 'main.serve', file: '/app/main.go', line: 30 }],
    });
  });

  it('a named creator that has left the creator function, or exited, gives no path (its stack is not the call path)', () => {
    assert.equal(pathOf(dump('created by main.spawn in goroutine 7', spawner(7, loopFrames) + '\n' + spawner(8, spawnFrames))), null);
    assert.equal(pathOf(dump('created by main.spawn in goroutine 9', spawner(8, spawnFrames))), null);
  });

  it('older dumps name no creator goroutine: the goroutines running the creator function now', () => {
    const path = pathOf(dump('created by main.spawn', spawner(7, spawnFrames.replace(' in goroutine 1', '')) + '\n' + spawner(8, loopFrames.replace(' in goroutine 1', ''))));
    assert.equal(path?.via, 'running-creator');
    assert.equal(path?.goroutines, 1);
    assert.deepEqual(path?.frames.map(f => f.func), ['main.spawn', 'main.serve']);
  });

  it('a group created by main.main has no path to join: that is the whole program', () => {
    assert.equal(pathOf(dump('created by main.main in goroutine 1', `goroutine 1 [select]:\nmain.main()\n\t/app/main.go:60 +0x10\n`)), null);
  });
});
