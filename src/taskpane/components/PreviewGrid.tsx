import { makeStyles, mergeClasses, Tab, TabList, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useSyncExternalStore, type KeyboardEvent } from "react";
import {
  BRL_NUMBER_FORMAT,
  centsFromExcelNumber,
  columnLetters,
  formatBrl,
  parseA1,
  type CellValue,
} from "../../rules";
import type { PreviewSheet, PreviewSource } from "../workbook/preview-source";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0, height: "100%" },
  // Many sheets, or long names, scroll sideways inside the tab strip rather than widening the page.
  tabs: { overflowX: "auto", flexShrink: 0, maxWidth: "100%" },
  scroller: { overflow: "auto", flex: 1, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  grid: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontVariantNumeric: "tabular-nums" },
  heading: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    padding: "2px 6px",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  rowHeading: { position: "sticky", left: 0, backgroundColor: tokens.colorNeutralBackground3, textAlign: "right" },
  cell: {
    padding: "2px 6px",
    whiteSpace: "nowrap",
    // Long titles would widen a whole column; the full text is in the tooltip.
    maxWidth: "18rem",
    overflow: "hidden",
    textOverflow: "ellipsis",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    cursor: "cell",
  },
  number: { textAlign: "right" },
  // The same colours as the conditional formats ExcelWorkbook adds.
  error: { backgroundColor: "#FFC7CE", color: "#9C0006" },
  warning: { backgroundColor: "#FFEB9C", color: "#9C5700" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
});

/** Rows drawn at most (more around the selected cell): a sheet of 100.000 rows must not freeze the page. */
export const MAX_GRID_ROWS = 500;

/** A cell as Excel would display it: amounts in reais where the number format says so. */
function display(value: CellValue, numberFormat: string | undefined): string {
  if (typeof value === "number" && numberFormat === BRL_NUMBER_FORMAT) return formatBrl(centsFromExcelNumber(value));
  if (typeof value === "boolean") return value ? "VERDADEIRO" : "FALSO";
  return value === null || value === undefined ? "" : String(value);
}

/** Preview mode: a read-only view of the in-memory workbook, with the add-in's marks and the selected cell. */
export function PreviewGrid({ source }: { source: PreviewSource }) {
  const styles = useStyles();
  const state = useSyncExternalStore(source.subscribe, source.getState);
  const sheet = state.sheets.find((candidate) => candidate.name === state.activeSheet) as PreviewSheet;
  const selected = state.selection.split(":")[0];
  const selectedRef = useRef<HTMLTableCellElement>(null);
  useEffect(() => {
    // A statement, not an expression: recent Chromium returns a promise from scrollIntoView, and an effect
    // must return nothing or a clean-up function. (jsdom has no scrollIntoView at all.)
    selectedRef.current?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [selected, sheet]);

  const width = sheet.values.reduce((widest, row) => Math.max(widest, row.length), 1);
  const shownRows = Math.min(sheet.values.length, Math.max(MAX_GRID_ROWS, parseA1(selected).row + 50));
  const move = (event: KeyboardEvent) => {
    const step = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[event.key];
    if (!step) return;
    event.preventDefault();
    const { row, column } = parseA1(selected);
    const next = {
      row: Math.min(Math.max(1, row + step[0]), sheet.values.length),
      column: Math.min(Math.max(1, column + step[1]), width),
    };
    source.select(`${columnLetters(next.column)}${next.row}`);
  };

  return (
    <div className={styles.root}>
      <TabList
        selectedValue={sheet.name}
        onTabSelect={(_, data) => source.select("A1", String(data.value))}
        aria-label="Planilhas"
        size="small"
        className={styles.tabs}
      >
        {state.sheets.map((candidate) => (
          <Tab key={candidate.name} value={candidate.name}>
            {candidate.name}
          </Tab>
        ))}
      </TabList>
      <div className={styles.scroller}>
        <table
          role="grid"
          aria-label={`Planilha ${sheet.name} (somente leitura)`}
          aria-readonly="true"
          className={styles.grid}
          onKeyDown={move}
        >
          <thead>
            <tr role="row">
              <th role="columnheader" className={mergeClasses(styles.heading, styles.rowHeading)} aria-label="Linha" />
              {Array.from({ length: width }, (_, c) => (
                <th key={c} role="columnheader" className={styles.heading}>
                  {columnLetters(c + 1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sheet.values.slice(0, shownRows).map((row, r) => (
              <tr key={r} role="row">
                <th role="rowheader" className={mergeClasses(styles.heading, styles.rowHeading)}>
                  {r + 1}
                </th>
                {Array.from({ length: width }, (_, c) => {
                  const address = `${columnLetters(c + 1)}${r + 1}`;
                  const value = row[c];
                  const mark = sheet.marks.get(address);
                  const isSelected = address === selected;
                  const text = display(value, sheet.numberFormats?.[r]?.[c]);
                  return (
                    <td
                      key={c}
                      role="gridcell"
                      data-address={address}
                      aria-selected={isSelected}
                      aria-description={mark?.note}
                      title={mark ? `${address}: ${mark.note}` : text ? `${address}: ${text}` : address}
                      data-mark={mark?.severity}
                      tabIndex={isSelected ? 0 : -1}
                      ref={isSelected ? selectedRef : undefined}
                      onClick={() => source.select(address)}
                      className={mergeClasses(
                        styles.cell,
                        typeof value === "number" && styles.number,
                        mark && styles[mark.severity],
                        isSelected && styles.selected,
                      )}
                    >
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {shownRows < sheet.values.length && (
          <p>
            Mostrando {shownRows} de {sheet.values.length} linhas.
          </p>
        )}
      </div>
    </div>
  );
}
