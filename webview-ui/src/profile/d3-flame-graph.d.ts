// The part of d3-flame-graph 5 this view uses (the package ships no types).
declare module 'd3-flame-graph' {
  import type { HierarchyRectangularNode } from 'd3-hierarchy';
  import type { Selection } from 'd3-selection';

  export type FlameNode<T> = HierarchyRectangularNode<T> & { id: number; highlight?: boolean; originalValue?: number };

  export interface FlameTooltip<T> {
    (svg: Selection<SVGSVGElement, unknown, null, undefined>): void;
    show(event: MouseEvent, d: FlameNode<T>): void;
    hide(): void;
  }

  export interface FlameGraph<T> {
    (selection: Selection<HTMLElement, T, null, undefined>): void;
    width(w: number): FlameGraph<T>;
    height(h: number | null): FlameGraph<T>;
    minHeight(h: number): FlameGraph<T>;
    cellHeight(h: number): FlameGraph<T>;
    inverted(b: boolean): FlameGraph<T>;
    sort(s: boolean | ((a: FlameNode<T>, b: FlameNode<T>) => number)): FlameGraph<T>;
    transitionDuration(ms: number): FlameGraph<T>;
    minFrameSize(px: number): FlameGraph<T>;
    selfValue(b: boolean): FlameGraph<T>;
    resetHeightOnZoom(b: boolean): FlameGraph<T>;
    tooltip(t: FlameTooltip<T>): FlameGraph<T>;
    title(t: string): FlameGraph<T>;
    setColorMapper(f: (d: FlameNode<T>, original: string) => string): FlameGraph<T>;
    setSearchMatch(f: (d: FlameNode<T>, term: string) => boolean): FlameGraph<T>;
    setSearchHandler(f: (results: FlameNode<T>[], sum: number, total: number) => void): FlameGraph<T>;
    setDetailsHandler(f: (label: string | null) => void): FlameGraph<T>;
    getName(f: (d: FlameNode<T>) => string): FlameGraph<T>;
    setLabelHandler(f: (d: FlameNode<T>) => string): FlameGraph<T>;
    onClick(f: (d: FlameNode<T>) => void): FlameGraph<T>;
    onHover(f: (d: FlameNode<T>) => void): FlameGraph<T>;
    search(term: string): void;
    clear(): void;
    zoomTo(d: FlameNode<T>): void;
    resetZoom(): void;
    update(data?: T): FlameGraph<T>;
    destroy(): FlameGraph<T>;
  }

  export default function flamegraph<T>(): FlameGraph<T>;
}
