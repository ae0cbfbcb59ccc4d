import { Button, Field, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Progress as WorkProgress } from "../session/session";
import { Progress } from "./NativeControls";

/** After this long, work counts as long: its progress and "Cancelar" are shown. */
export const LONG_WORK_MS = 1000;

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  bar: { flex: "1 1 10rem", minWidth: 0 },
});

interface Props {
  label: string;
  progress: WorkProgress | null;
  cancel: (() => void) | null;
}

/**
 * A spinner while the pane works; for long work (a second already, or a big sheet read in steps) the step,
 * a progress bar and "Cancelar", after which nothing more is written to the workbook.
 */
export function BusyIndicator({ label, progress, cancel }: Props) {
  const styles = useStyles();
  const [late, setLate] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setLate(true), LONG_WORK_MS);
    return () => clearTimeout(timer);
  }, []);
  const long = late || (progress !== null && progress.total > 3);
  if (!long) return <Spinner size="tiny" label={label} />;
  const step = cancelling ? "Cancelando…" : (progress?.step ?? label);
  return (
    <div className={styles.row}>
      <Field className={styles.bar} label={label} validationMessage={step} validationState="none">
        <Progress value={progress ? progress.done / progress.total : undefined} label={step} />
      </Field>
      {cancel && (
        <Button
          disabled={cancelling}
          onClick={() => {
            setCancelling(true);
            cancel();
          }}
        >
          Cancelar
        </Button>
      )}
    </div>
  );
}
