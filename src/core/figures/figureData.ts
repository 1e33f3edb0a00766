// What a profile or a goroutine dump says about functions and source lines, as plain data that
// a worker can send: code lenses, line heat and the status bar are drawn from it.

export interface FunctionFigureData {
  /** Function name as in the profile or dump. */
  name: string;
  /** Its package import path without a GOPATH vendor prefix ('' when the name has no package). */
  packagePath: string;
  /** Lens text, e.g. "inuse_space 9.0 GiB (79%) cum · 12 MiB flat". */
  title: string;
  /** Tooltip text. */
  detail: string;
  /** Larger first when several figures share a declaration. */
  weight: number;
}

export interface LineFigureData {
  /** File as written in the profile. */
  file: string;
  line: number;
  /** Share of the total, 0..1 (cum at the line). */
  fraction: number;
  text: string;
  detail: string;
}

export interface FigureData {
  kind: 'profile' | 'goroutines';
  /** Status bar label, e.g. "heap.pb.gz · inuse_space". */
  label: string;
  functions: FunctionFigureData[];
  lines: LineFigureData[];
}
