// Jest's counterpart of webpack's asset/source rule: a .txt module exports its text.
module.exports = {
  process(source) {
    return { code: `module.exports = { __esModule: true, default: ${JSON.stringify(source)} };` };
  },
};
