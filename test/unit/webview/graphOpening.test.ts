import * as assert from 'assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseProfile } from '../../../src/core/pprof';
import { QueriedProfile, defaultSampleTypeIndex } from '../../../src/core/report';
import { graphViewData } from '../../../src/host/worker/jobs/profileGraph';
import { layoutGraph, type GraphLayout } from '../../../webview-ui/src/profile/graphLayout';
import { openingPan, type Focus } from '../../../webview-ui/src/profile/graphOpening';
import type { GraphViewData } from '../../../src/shared/profileProtocol';

const ROOT = join(__dirname, '../../..');

/**
 * Real profiles whose graphs open zoomed in: heaps and CPU profiles whose heaviest node is the graph's
 * top, a goroutine profile and a block profile whose heaviest node (the park every stack ends in) is
 * ranks down, and a CPU profile whose heaviest node dot ranks under a small caller, the graph's top
 * rows to its sides.
 */
const PROFILES = [
  'samples/kube-apiserver-incident/heap.pb.gz',
  'samples/kube-apiserver-incident/cpu.pb.gz',
  'samples/kube-apiserver-incident/goroutine.pb.gz',
  'test/fixtures/pprof/generated/goroutine.pb.gz',
  'test/fixtures/corpus/gpn_block_net.pb.gz',
  'test/fixtures/corpus/gpn_goroutine_debug0.pb.gz',
  'test/fixtures/corpus/pyro_go_cpu_prometheus.pb.gz',
  'test/fixtures/corpus/pyro_go_heap.pb.gz',
];

/** A narrow editor beside the source, and a wide one. */
const CANVASES = [{ w: 480, h: 370 }, { w: 1000, h: 600 }];
const MARGIN = 16;
/** The strip the out-of-view bar covers at the canvas's bottom (its 6 px offset, 24 px height and 8 px of air). */
const BAR_ROOM = 38;
/** The zoom the view opens a graph at when it is too big to read whole: its smallest label at 8 px. */
const zoomOf = (layout: GraphLayout): number => Math.min(1.5, 8 / Math.min(...layout.nodes.map(n => n.fontSize)));

function focusOf(data: GraphViewData): Focus {
  let best = 0;
  data.nodes.forEach((n, i) => { if (Math.abs(n.cum) > Math.abs(data.nodes[best].cum)) best = i; });
  return { node: best, callers: data.edges.filter(e => e.to === best && e.from !== best).map(e => e.from) };
}

async function laidOut(file: string): Promise<{ data: GraphViewData; layout: GraphLayout }> {
  const profile = parseProfile(new Uint8Array(readFileSync(join(ROOT, file))), { gunzip: (b, n) => gunzipSync(b, { chunkSize: n }) });
  const view = new QueriedProfile(profile, { sampleType: defaultSampleTypeIndex(profile), granularity: 'functions', filters: [] }).view;
  const data = graphViewData(view, 80, false);
  return { data, layout: await layoutGraph(data) };
}

describe('the Graph view opens on the heaviest node with its neighbourhood', function () {
  this.timeout(120000);
  for (const file of PROFILES) {
    it(file, async () => {
      const { data, layout } = await laidOut(file);
      const focus = focusOf(data);
      const k = zoomOf(layout);
      for (const { w, h } of CANVASES) {
        const { tx, ty } = openingPan(layout, focus, k, w, h, MARGIN, BAR_ROOM);
        const at = `${w}x${h}`;
        const box = (i: number): { left: number; right: number; top: number; bottom: number } => {
          const n = layout.nodes[i];
          return { left: tx + (n.x - n.width / 2) * k, right: tx + (n.x + n.width / 2) * k, top: ty + (n.y - n.height / 2) * k, bottom: ty + (n.y + n.height / 2) * k };
        };
        const heaviest = box(focus.node);
        assert.ok(heaviest.left >= 0 && heaviest.right <= w && heaviest.top >= 0 && heaviest.bottom <= h - BAR_ROOM, `${at}: the heaviest node ${JSON.stringify(heaviest)} in view, clear of the bar`);
        // Room under it for what it calls, unless the graph ends first.
        const graphBottom = ty + layout.height * k;
        assert.ok(heaviest.top <= (h - BAR_ROOM - MARGIN / 2) / 3 + MARGIN / 2 + 0.5 || graphBottom <= h - BAR_ROOM + 0.5, `${at}: the heaviest node's top at ${heaviest.top.toFixed(0)} of ${h}`);
        // No empty band over the first node in view, none under the graph's bottom.
        const acrossInView = layout.nodes.map((_, i) => box(i)).filter(b => b.right > 0 && b.left < w);
        assert.ok(Math.min(...acrossInView.map(b => b.top)) <= MARGIN / 2 + 0.5, `${at}: empty canvas over the first node in view, at ${Math.min(...acrossInView.map(b => b.top)).toFixed(0)}`);
        assert.ok(graphBottom >= h - BAR_ROOM - 0.5 || layout.height * k <= h - BAR_ROOM - MARGIN / 2, `${at}: empty canvas under the graph`);
        // The callers in view across and close enough to show with it are shown.
        for (const c of focus.callers) {
          const b = box(c);
          if (b.right <= 0 || b.left >= w || heaviest.top - b.top > (h - BAR_ROOM - MARGIN / 2) / 3) continue;
          assert.ok(b.top >= MARGIN / 2 - 0.5 && b.bottom <= h, `${at}: the caller ${data.nodes[c].func} ${JSON.stringify(b)} in view`);
        }
      }
    });
  }

  it('a graph whose height fits opens from its top', async () => {
    const { data, layout } = await laidOut('samples/kube-apiserver-incident/heap.pb.gz');
    const k = zoomOf(layout);
    assert.strictEqual(openingPan(layout, focusOf(data), k, 400, layout.height * k + MARGIN / 2 + BAR_ROOM, MARGIN, BAR_ROOM).ty, MARGIN / 2);
  });
});
