import { formula, OPERATIONS } from "../../operations";

/** The custom functions, for analysts who open the pane to find out what the add-in offers (from src/operations). */
export function FunctionsHelp() {
  return (
    <details>
      <summary>Funções do Excel</summary>
      <p>Exatas ao centavo, em uma célula ou em uma coluna inteira (entre colchetes, o que é opcional):</p>
      <ul>
        {OPERATIONS.map((operation) => (
          <li key={operation.function}>
            <code>{formula(operation)}</code>: {operation.summary} ({operation.article})
          </li>
        ))}
      </ul>
      <p>Célula vazia dá #N/D, texto que não é valor dá #VALOR! com a explicação, e valor negativo dá #NÚM!.</p>
    </details>
  );
}
