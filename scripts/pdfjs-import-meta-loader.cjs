// Webpack loader for pdf.js's own modules: webpack would replace their import.meta.url with this machine's
// file:// path (a build path shipped in dist/, and a hash that depends on where the build runs). pdf.js reads it
// only in Node (createRequire) and as its wasm decoders' script name; in the browser that is the chunk's URL.
module.exports = function pdfjsImportMeta(source) {
  return source.replaceAll("import.meta.url", "self.location.href");
};
