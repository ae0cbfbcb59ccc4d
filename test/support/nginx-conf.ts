// A minimal nginx configuration reader for the tests of deploy/nginx.conf: directives, their arguments
// (quotes removed) and blocks; comments dropped. Enough for the file this project ships, not for nginx at large.
export interface Directive {
  name: string;
  args: string[];
  block?: Directive[];
}

export function parseNginx(text: string): Directive[] {
  const tokens = text.match(/#[^\n]*|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[{};]|[^\s{};"'#]+/g) ?? [];
  let position = 0;
  const readBlock = (): Directive[] => {
    const directives: Directive[] = [];
    let words: string[] = [];
    while (position < tokens.length) {
      const token = tokens[position++];
      if (token.startsWith("#")) continue;
      if (token === "}") break;
      if (token === ";" || token === "{") {
        const [name, ...args] = words;
        directives.push(token === "{" ? { name, args, block: readBlock() } : { name, args });
        words = [];
        continue;
      }
      words.push(/^["']/.test(token) ? token.slice(1, -1) : token);
    }
    if (words.length > 0) throw new Error(`nginx.conf: directive without ";": ${words.join(" ")}`);
    return directives;
  };
  return readBlock();
}
