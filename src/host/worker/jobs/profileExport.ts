// Export: the bytes of a view as a file, from the same core/report calls the views and
// `goprof export` make: the flame graph or bottom-up tree as SVG, the top table as CSV or
// Markdown, the query's (filtered, diffed) profile as .pb.gz.
import {
  exportedProfileBytes, flameGraphSvg, flameSubtree, flameTree, invertedTree, topRows, topRowsCsv, topRowsMarkdown,
  type FlameTreeData, type ProfileQuery,
} from '../../../core/report';
import type { Job } from '../jobTypes';
import { workerPlatform } from '../workerPlatform';
import { getSession, profileFor, queriedFor } from '../profile/profileSession';

export interface ProfileExportInput {
  documentId: string;
  query: ProfileQuery;
  format: 'svg' | 'csv' | 'md' | 'pb.gz';
  view: 'flame' | 'bottomup';
  order: 'alphabetical' | 'heaviest';
  icicle: boolean;
  /** The flame graph's zoom (frame names from the root's child down): the SVG shows that subtree. */
  zoomPath: string[];
  widthPx: number;
  /** The profile's file name, the picture's title. */
  title: string;
  /** What the picture's second line says: sample type, filters, base. */
  subtitle: string;
}

export const profileExportJob: Job<ProfileExportInput, { bytes: Uint8Array }> = {
  run(input, { store, transfer }) {
    const session = getSession(store, input.documentId);
    const { query } = input;
    let bytes: Uint8Array;
    if (input.format === 'pb.gz') {
      bytes = exportedProfileBytes(profileFor(session, query), query, workerPlatform().gzip);
    } else {
      const q = queriedFor(session, query);
      const context = { unit: q.view.sampleType.unit, total: q.top.total, sampleType: q.view.sampleType.type, diff: session.base !== undefined };
      let text: string;
      if (input.format === 'csv') text = topRowsCsv(topRows(q), context);
      else if (input.format === 'md') text = topRowsMarkdown(topRows(q), context, input.title);
      else {
        const options = { widthPx: input.widthPx };
        let tree: FlameTreeData | undefined;
        if (input.view === 'bottomup') tree = invertedTree(q, options);
        else if (input.zoomPath.length > 0) tree = flameSubtree(q, input.zoomPath, options);
        tree ??= flameTree(q, options);
        text = flameGraphSvg(tree, {
          title: input.view === 'bottomup' ? `${input.title} (bottom-up)` : input.title, subtitle: input.subtitle,
          unit: context.unit, total: context.total, width: input.widthPx, icicle: input.icicle, order: input.order,
        });
      }
      bytes = new TextEncoder().encode(text);
    }
    if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) transfer(bytes.buffer as ArrayBuffer);
    return { bytes };
  },
};
