/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.json" }],
    "^.+\\.txt$": "<rootDir>/test/support/text-transform.js",
    // pdf.js is ESM only (.mjs): compiled to CommonJS for Jest, see esm-transform.js.
    "/pdfjs-dist/.+\\.mjs$": "<rootDir>/test/support/esm-transform.js",
    // uuid 14 (exceljs's, moved there by package.json overrides) is ESM only too.
    "/node_modules/uuid/.+\\.js$": "<rootDir>/test/support/esm-transform.js",
  },
  transformIgnorePatterns: ["/node_modules/(?!pdfjs-dist/|uuid/)"],
  globalSetup: "<rootDir>/test/support/global-setup.js",
  globalTeardown: "<rootDir>/test/support/global-teardown.js",
  // One production build is shared by the build and browser tests; give it room on a 2-core machine.
  testTimeout: 120000,
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
};
