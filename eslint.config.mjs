import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "dist-cli/", "coverage/", "node_modules/", "test-artifacts/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // The rules of hooks for the task pane's components (and the React Compiler's checks that come with them).
  { files: ["src/taskpane/**/*.tsx"], ...reactHooks.configs.flat.recommended },
  {
    languageOptions: {
      globals: {
        console: "readonly",
        process: "readonly",
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        __filename: "readonly",
      },
    },
  },
  {
    // CommonJS entry points run by Node as they are.
    files: ["bin/*.js", "*.config.js", "test/support/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Excel hands custom functions untyped cell values; `any[][]` is what the metadata generator
    // turns into "any" matrices, so it is the declared type there on purpose.
    files: ["src/functions/functions.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
