import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { formatBrl, type Cents } from "../../rules";

const useStyles = makeStyles({
  // An amount never breaks across lines, and its digits line up with those above and below.
  amount: { whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  // One line with an ellipsis; the whole text in the tooltip, and in place (wrapped) while focused.
  truncated: {
    display: "inline-block",
    maxWidth: "100%",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    verticalAlign: "bottom",
    ":focus-visible": {
      whiteSpace: "normal",
      overflowWrap: "anywhere",
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
});

/** R$ 1.234,56 on one line, tabular digits. */
export function Amount({ cents, className }: { cents: Cents; className?: string }) {
  const styles = useStyles();
  return <span className={mergeClasses(styles.amount, className)}>{formatBrl(cents)}</span>;
}

/** A name that may be long (a municipality, a hospital): cut with "…", full on hover (title) and on focus. */
export function Truncated({ text }: { text: string }) {
  const styles = useStyles();
  return (
    // Focusable so that a keyboard user can read the whole name: it wraps in place while focused.
    <span className={styles.truncated} title={text} tabIndex={0}>
      {text}
    </span>
  );
}
