// Turns libxml2's English schema-validation messages into one pt-BR line each, naming the line and the
// element: the people who run `npm run validate` read Portuguese, and xmllint's text is not shown to them.

/** "{namespace}Local" or "prefix:Local" → "Local". */
function local(name: string): string {
  return name.replace(/^\{[^}]*\}/, "").replace(/^[^:{}]+:/, "");
}

/** "( {ns}A, {ns}B )" → "<A> ou <B>". */
function expected(list: string): string {
  const names = list
    .split(",")
    .map((name) => `<${local(name.trim())}>`)
    .filter((name) => name !== "<>");
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} ou ${names[names.length - 1]}`;
}

/** How to name the element (or the element's attribute) an error is about, in each grammatical slot. */
interface Subject {
  element: string; // "<Image>"
  name: string; // "<Id>" or "o atributo size de <Image>"
  of: string; // "de <Id>" or "do atributo size de <Image>"
  in: string; // "em <Id>" or "no atributo size de <Image>"
}

type Rule = [pattern: RegExp, message: (match: RegExpExecArray, subject: Subject) => string];

const RULES: Rule[] = [
  [
    /^This element is not expected\. Expected is (?:one of )?\((.*)\)\.$/,
    (m, s) => `${s.name} não é esperado aqui; o esquema espera ${expected(m[1])} nesta posição.`,
  ],
  [/^This element is not expected\.$/, (_, s) => `${s.name} não é permitido aqui pelo esquema.`],
  [
    /^Missing child element\(s\)\. Expected is (?:one of )?\((.*)\)\.$/,
    (m, s) => `falta dentro de ${s.name} o elemento ${expected(m[1])}.`,
  ],
  [
    /^\[facet 'pattern'\] The value '(.*)' is not accepted by the pattern '.*'\.$/s,
    (m, s) => `o valor "${m[1]}" ${s.of} não tem o formato exigido pelo esquema.`,
  ],
  [
    /^\[facet 'enumeration'\] The value '(.*)' is not an element of the set \{(.*)\}\.$/,
    (m, s) => `o valor "${m[1]}" ${s.of} não é aceito; use um destes: ${m[2].replace(/'/g, "")}.`,
  ],
  [
    /^\[facet 'maxLength'\] The value '.*' has a length of '(\d+)'; this exceeds the allowed maximum length of '(\d+)'\.$/,
    (m, s) => `${s.name} tem ${m[1]} caracteres; o limite do esquema é ${m[2]}.`,
  ],
  [
    /^\[facet 'minLength'\] The value '.*' has a length of '(\d+)'; this underruns the allowed minimum length of '(\d+)'\.$/,
    (m, s) => `${s.name} tem ${m[1]} caracteres; o mínimo do esquema é ${m[2]}.`,
  ],
  [
    /^'(.*)' is not a valid value of the (?:atomic|local atomic|list|union) type '(.*)'\.$/,
    (m, s) => `o valor "${m[1]}" ${s.of} não é válido (tipo ${local(m[2])}).`,
  ],
  [
    /^The attribute '(.*)' is required but missing\.$/,
    (m, s) => `falta ${s.in} o atributo obrigatório ${local(m[1])}.`,
  ],
  [/^The attribute '(.*)' is not allowed\.$/, (_, s) => `${s.name} não é permitido pelo esquema.`],
  [
    /^The QName value '(.*)' of the xsi:type attribute does not resolve to a type definition\.$/,
    (m, s) => `o tipo "${local(m[1])}" (xsi:type) de ${s.element} não existe no esquema.`,
  ],
  [/^The type definition is abstract\.$/, (_, s) => `${s.name} precisa de um xsi:type válido.`],
  [
    /^No matching global declaration available for the validation root\.$/,
    (_, s) =>
      `${s.name} não é o elemento raiz do esquema; confira o xmlns (http://schemas.microsoft.com/office/appforoffice/1.1).`,
  ],
  [
    /^Character content other than whitespace is not allowed because the content type is 'element-only'\.$/,
    (_, s) => `${s.name} só pode conter elementos, não texto.`,
  ],
  [
    /^Element content is not allowed, because the content type is a simple type\.$/,
    (_, s) => `${s.name} só pode conter texto.`,
  ],
];

/** One pt-BR line for one xmllint message ("manifest.xml:31: Schemas validity error : Element '…': …"). */
export function translateXmllint(message: string, line: number | undefined): string {
  const at = line === undefined ? "" : `Linha ${line}: `;
  const body = message.replace(/^.*?(?:Schemas validity error|Schemas parser error|parser error)\s*:\s*/s, "").trim();
  const head = /^Element '([^']+)'(?:, attribute '([^']+)')?: (.*)$/s.exec(body);
  if (!head) return `${at}o manifesto não segue o esquema da Microsoft (erro de XML).`;
  const element = `<${local(head[1])}>`;
  const attribute = head[2] ? local(head[2]) : undefined;
  const subject: Subject = attribute
    ? {
        element,
        name: `o atributo ${attribute} de ${element}`,
        of: `do atributo ${attribute} de ${element}`,
        in: `no atributo ${attribute} de ${element}`,
      }
    : { element, name: element, of: `de ${element}`, in: `em ${element}` };
  for (const [pattern, message] of RULES) {
    const match = pattern.exec(head[3].trim());
    if (match) return at + capitalize(message(match, subject));
  }
  return `${at}${element} não segue o esquema do manifesto da Microsoft.`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
