const FUNCTIONS = [
  { formula: "=SES.PORTE(B2)", result: "Porte I a Porte VI, pelo Teto MAC anual (Res. 5.978/2017, Art. 3º)" },
  { formula: "=SES.INCENTIVO(C2)", result: "incentivo do porte em reais (Res. 5.978/2017, Art. 4º)" },
  { formula: "=SES.RECOMPOSICAO(D2;E2)", result: "recomposição do hospital (Res. 7.845/2021, Art. 3º)" },
  { formula: "=SES.EXTENSO(D2)", result: "o valor por extenso, como nas resoluções" },
  { formula: "=SES.PARCELA(D2;1)", result: "parcela 1 a 3 do valor anual (Res. 7.845/2021, Art. 8º)" },
  { formula: "=SES.PREFIXADO(D2)", result: "40% pré-fixado; =SES.POSFIXADO(D2), o restante" },
  { formula: "=SES.PRAZOASSINATURA(F2)", result: "último dia para assinar o instrumento (Art. 7º, § 2º)" },
];

/** The custom functions, for analysts who open the pane to find out what the add-in offers. */
export function FunctionsHelp() {
  return (
    <details>
      <summary>Funções do Excel</summary>
      <p>Exatas ao centavo, em uma célula ou em uma coluna inteira:</p>
      <ul>
        {FUNCTIONS.map(({ formula, result }) => (
          <li key={formula}>
            <code>{formula}</code>: {result}
          </li>
        ))}
      </ul>
      <p>Célula vazia dá #N/D, texto que não é valor dá #VALOR! com a explicação, e valor negativo dá #NÚM!.</p>
    </details>
  );
}
