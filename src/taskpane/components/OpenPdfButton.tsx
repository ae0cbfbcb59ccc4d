import { Button } from "@fluentui/react-components";
import { useRef } from "react";
import type { AnnexFile } from "../files/file-actions";

interface Props {
  disabled: boolean;
  onOpen: (file: AnnexFile) => void;
}

/** A browser File as the pane's actions read it: the bytes stay in the page. */
export function annexFileOf(file: File): AnnexFile {
  return { name: file.name, size: file.size, read: async () => new Uint8Array(await file.arrayBuffer()) };
}

/** "Abrir PDF…": the system's file picker, for a PDF with text; the file is read here, never sent anywhere. */
export function OpenPdfButton({ disabled, onOpen }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button onClick={() => input.current?.click()} disabled={disabled}>
        Abrir PDF…
      </Button>
      <input
        ref={input}
        type="file"
        accept=".pdf,application/pdf"
        hidden
        aria-label="PDF do anexo"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = ""; // the same file chosen again opens again
          if (file) onOpen(annexFileOf(file));
        }}
      />
    </>
  );
}
