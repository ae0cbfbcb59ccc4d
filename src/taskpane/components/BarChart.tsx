import { makeStyles, tokens } from "@fluentui/react-components";
import { formatBrl, type Cents } from "../../rules";

export interface Bar {
  label: string;
  count: number;
  amount: Cents;
}

const ROW = 22;
const LABEL = 110;
const WIDTH = 320;

const useStyles = makeStyles({
  figure: { margin: 0, minWidth: 0 },
  svg: { display: "block", width: "100%", height: "auto", maxWidth: `${WIDTH * 1.5}px` },
  bar: { fill: tokens.colorBrandBackground },
  text: { fill: tokens.colorNeutralForeground1, fontSize: "11px" },
  caption: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
});

/**
 * A small horizontal bar chart of amounts, drawn as SVG (no chart library): a picture for the eye, hidden
 * from screen readers, who read the table that goes with it.
 */
export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const styles = useStyles();
  if (bars.length === 0) return null;
  const max = Math.max(1, ...bars.map((bar) => bar.amount));
  const height = bars.length * ROW + 4;
  const room = WIDTH - LABEL - 4;
  return (
    <figure className={styles.figure} aria-hidden="true">
      <figcaption className={styles.caption}>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className={styles.svg} role="img" focusable="false">
        {bars.map((bar, i) => {
          const width = Math.max(1, Math.round((bar.amount / max) * room));
          const y = i * ROW + 2;
          const label = bar.label.length > 16 ? `${bar.label.slice(0, 15)}…` : bar.label;
          return (
            <g key={bar.label}>
              <title>{`${bar.label}: ${bar.count} · ${formatBrl(bar.amount)}`}</title>
              <text x={0} y={y + 14} className={styles.text}>
                {label}
              </text>
              <rect x={LABEL} y={y + 3} width={width} height={ROW - 8} rx={2} className={styles.bar} />
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
