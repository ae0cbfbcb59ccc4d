import { PROBLEM_SEVERITY, type Problem, type ProblemCode } from "./report";
import { columnLetters, noteKey, type ReaderProblem } from "./sheet";
import { clip } from "./text";

const MAX_FOUND = 500;

type Extra = Pick<Problem, "expected" | "found" | "suggestion">;

/**
 * Problems found so far, with the real A1 address of each cell. Each check runs once per cell, so the same
 * code is never reported twice for the same cell (a property test holds this over random sheets) without
 * paying for a lookup per problem.
 */
export class Problems {
  readonly list: Problem[] = [];
  /** Column letters by column index: a report has few columns and many rows. */
  private readonly letters: string[] = [];

  constructor(
    private readonly originRow: number,
    private readonly originColumn: number,
    /** The reader's notes on cells (Sheet.notes), appended to the message of a problem on that cell. */
    private readonly notes?: ReadonlyMap<string, string>,
    /** The source's line of each row (Sheet.lines), for text sources. */
    private readonly lines?: readonly (number | null)[],
    /** The PDF page of each row (Sheet.pages), for a PDF. */
    private readonly pages?: readonly (number | null)[],
  ) {}

  /** What the reader reported (Sheet.readerProblems), first, in the order met. */
  addReaderProblems(problems: readonly ReaderProblem[] = []): void {
    for (const problem of problems) {
      this.add(
        problem.code,
        problem.rowIndex,
        problem.columnIndex,
        problem.message,
        { found: problem.found },
        problem.line,
        problem.page,
      );
    }
  }

  add(
    code: ProblemCode,
    rowIndex: number | null,
    columnIndex: number,
    message: string,
    extra: Extra = {},
    line: number | undefined = rowIndex === null ? undefined : (this.lines?.[rowIndex] ?? undefined),
    page: number | undefined = rowIndex === null ? undefined : (this.pages?.[rowIndex] ?? undefined),
  ) {
    const row = rowIndex === null ? null : this.originRow + rowIndex;
    const column = rowIndex === null ? null : this.lettersOf(columnIndex);
    const note =
      rowIndex === null || this.notes === undefined ? undefined : this.notes.get(noteKey(rowIndex, columnIndex));
    if (note !== undefined) message = `${message} (${note})`;
    // Every problem has the same shape (absent fields are undefined, which JSON leaves out), so that V8
    // keeps one hidden class for 100,000 of them.
    this.list.push({
      code,
      severity: PROBLEM_SEVERITY[code],
      cell: column === null ? null : column + row,
      row,
      column,
      message,
      expected: extra.expected,
      // What was read, as found; a huge cell (a hostile file) is cut so the report stays small.
      found: extra.found === undefined ? undefined : clip(extra.found, MAX_FOUND),
      suggestion: extra.suggestion,
      line: line ?? null,
      page: page ?? null,
    });
  }

  address(rowIndex: number, columnIndex: number): string {
    return this.lettersOf(columnIndex) + (this.originRow + rowIndex);
  }

  get errorCount(): number {
    return this.list.filter((problem) => problem.severity === "error").length;
  }

  private lettersOf(columnIndex: number): string {
    return (this.letters[columnIndex] ??= columnLetters(this.originColumn + columnIndex));
  }
}
