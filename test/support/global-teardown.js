const { rmSync } = require("node:fs");

module.exports = async () => {
  if (process.env.ANEXOS_TEST_BUILD) rmSync(process.env.ANEXOS_TEST_BUILD, { recursive: true, force: true });
};
