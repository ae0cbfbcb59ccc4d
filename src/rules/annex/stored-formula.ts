// How an .xlsx file stores a call to an add-in's custom function. Excel saves =SES.PORTE(E6) as
// _xldudf_SES_PORTE(E6): "_xldudf_", then the namespace and the name joined by "_" (dots become "_"). A file
// written by a program with the plain SES.PORTE(E6) shows #NOME? even once the add-in is loaded
// (OfficeDev/Excel-Custom-Functions#108), so the CLI writes the stored form, with each cell's cached value.
// The pane writes through Office.js, which takes the formula as typed: it keeps the plain form.

/** The add-in's namespace (manifest.xml, <bt:String id="Functions.Namespace">). */
const NAMESPACE = "SES";

// A string literal ("…", with "" inside) or a quoted sheet name ('…', with '' inside) is kept as it is;
// elsewhere, a call of SES.NAME( not glued to a longer name (XSES.PORTE, A.SES.PORTE) is rewritten.
const LITERAL_OR_CALL = new RegExp(
  String.raw`("(?:[^"]|"")*"|'(?:[^']|'')*')|(?<![\w.])${NAMESPACE}\.([A-Za-z_][\w.]*)(?=\s*\()`,
  "gi",
);

/** "=SES.PORTE(E6)" → "=_xldudf_SES_PORTE(E6)"; Excel's own functions, and text in quotes, untouched. */
export function storedFormula(formula: string): string {
  // A literal matches without a name; a call always has one.
  return formula.replace(LITERAL_OR_CALL, (whole, _literal: string | undefined, name: string | undefined) =>
    name === undefined ? whole : `_xldudf_${NAMESPACE}_${name.toUpperCase().replaceAll(".", "_")}`,
  );
}
