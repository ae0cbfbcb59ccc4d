const FUNCTIONS = [
  { formula: "=SES.PORTE(B2)", result: "Porte I a Porte VI, pelo Teto MAC anual (Res. 5.978/2017, Art. 3º)" },
  { formula: "=SES.INCENTIVO(C2)", result: "incentivo do porte em reais (Res. 5.978/2017, Art. 4º)" },
  { formula: "=SES.RECOMPOSICAO(D2;E2)", result: "recomposição do hospital (Res. 7.845/2021, Art. 3º)" },
];

/** The pane's first screen: what the add-in offers today. Validation and drafting come in later versions. */
export function App() {
  return (
    <main aria-labelledby="titulo" style={{ fontFamily: "Segoe UI, system-ui, sans-serif", padding: "12px" }}>
      <h1 id="titulo" style={{ fontSize: "20px" }}>
        Anexos SES/MG
      </h1>
      <p>
        Funções para conferir os anexos das resoluções, exatas ao centavo. Use em qualquer célula ou em uma coluna
        inteira:
      </p>
      <ul>
        {FUNCTIONS.map(({ formula, result }) => (
          <li key={formula}>
            <code>{formula}</code>: {result}
          </li>
        ))}
      </ul>
      <p>Célula vazia dá #N/D, texto que não é valor dá #VALOR! com a explicação, e valor negativo dá #NÚM!.</p>
    </main>
  );
}
