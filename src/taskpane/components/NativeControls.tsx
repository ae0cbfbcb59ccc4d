// Native check box, switch and progress bar, styled with Fluent's tokens: what the pane needs of them costs
// a few hundred bytes, where Fluent's Checkbox, Switch and ProgressBar add kilobytes to the pane's download.
import { makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS, minWidth: 0 },
  input: {
    flexShrink: 0,
    width: "16px",
    height: "16px",
    margin: "2px 0 0 0",
    accentColor: tokens.colorCompoundBrandBackground,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  label: { minWidth: 0 },
  progress: { width: "100%", height: "6px", accentColor: tokens.colorCompoundBrandBackground },
});

interface CheckProps {
  label: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  /** A switch (on/off, takes effect at once) rather than a check box (a choice sent with a form). */
  asSwitch?: boolean;
}

/** A labelled native check box, or a switch (role="switch"). */
export function Check({ label, checked, disabled, onChange, asSwitch = false }: CheckProps) {
  const styles = useStyles();
  const id = useId();
  return (
    <div className={styles.row}>
      <input
        id={id}
        type="checkbox"
        role={asSwitch ? "switch" : undefined}
        className={styles.input}
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
    </div>
  );
}

/** A native progress bar: value from 0 to 1, or undefined while it cannot tell. */
export function Progress({ value, label }: { value: number | undefined; label: string }) {
  const styles = useStyles();
  return <progress className={styles.progress} value={value} max={1} aria-label={label} />;
}
