// Jest runs CommonJS; pdf.js ships only ES modules (.mjs). This compiles them to CommonJS with esbuild (already
// a devDependency, for the bench), the way the TypeScript sources are compiled by ts-jest. import.meta.url,
// which pdf.js reads in Node to find its optional packages, becomes the file's own URL.
const { transformSync } = require("esbuild");

module.exports = {
  process(source, path) {
    const { code, map } = transformSync(source, {
      loader: "js",
      format: "cjs",
      platform: "node",
      target: "node20",
      sourcefile: path,
      sourcemap: "external",
      define: { "import.meta.url": "__esmTransformUrl" },
      banner: 'const __esmTransformUrl = require("node:url").pathToFileURL(__filename).href;',
      logLevel: "error",
    });
    return { code, map };
  },
};
