// What the preview grid reads: a read-only view of a workbook held in memory, and the user's one action on it
// (selecting cells). MemoryWorkbook implements it; components depend on this, never on the implementation.
import type { CellValue } from "../../rules";
import type { Mark } from "./workbook";

export interface PreviewSheet {
  readonly name: string;
  readonly values: readonly (readonly CellValue[])[];
  readonly numberFormats?: readonly (readonly string[])[];
  /** Formulas where cells have one; values hold what they compute (the preview does not recalculate). */
  readonly formulas?: readonly (readonly (string | null)[])[];
  /** The add-in's marks by cell ("D12"). */
  readonly marks: ReadonlyMap<string, Mark>;
}

/** What the preview grid shows: the sheets, the active one, and the selection (a cell or "A1:D5"). */
export interface PreviewState {
  readonly sheets: readonly PreviewSheet[];
  readonly activeSheet: string;
  readonly selection: string;
}

export interface PreviewSource {
  // Properties, not methods: useSyncExternalStore calls them detached, so they must be bound functions.
  /** For React's useSyncExternalStore: the state is replaced, never mutated. */
  readonly getState: () => PreviewState;
  readonly subscribe: (listener: () => void) => () => void;
  /** Select a cell or a rectangle ("B2:D9"), on that sheet (default: the active one). */
  select(selection: string, sheetName?: string): void;
}
