import { Button, Card, Link, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

interface Props {
  onValidate: () => void;
  onExample: () => void;
  disabled: boolean;
}

/** What the pane shows before anything is done: what it does, in three lines, and where to start. */
export function FirstRun({ onValidate, onExample, disabled }: Props) {
  const styles = useStyles();
  return (
    <Card aria-labelledby="primeiros-passos">
      <h2 id="primeiros-passos">Primeiros passos</h2>
      <ul className={styles.lines}>
        <li>
          Confere o anexo da planilha ativa (porte dos municípios ou recomposição do Valora Minas) e marca cada célula
          errada.
        </li>
        <li>
          Redige o próximo anexo a partir de uma lista de municípios e Teto MAC, com os artigos e os valores por
          extenso.
        </li>
        <li>Nada do que é seu muda: as marcações saem com "Limpar marcações", e os anexos vão para planilhas novas.</li>
      </ul>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onValidate} disabled={disabled}>
          Validar a planilha ativa
        </Button>
        <Button onClick={onExample} disabled={disabled}>
          Ver exemplo
        </Button>
      </div>
      <Link href="ajuda.html" target="_blank" rel="noopener">
        Ajuda: funções, códigos de problema e regras
      </Link>
    </Card>
  );
}
