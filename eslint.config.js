import js from "@eslint/js";
import astro from "eslint-plugin-astro";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist/",
      ".astro/",
      "node_modules/",
      "test-results/",
      "playwright-report/",
      ".cache/",
      ".wrangler/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      // Node loads astro.config.mjs and what it imports only when each relative import names its
      // file; otherwise Astro falls back to a Vite server of its own (tests/unit/config-loads-natively.test.ts).
      "no-restricted-syntax": [
        "error",
        ...["ImportDeclaration", "ExportNamedDeclaration", "ExportAllDeclaration", "ImportExpression"].map(
          (node) => ({
            selector: `${node}[source.value=/^\\.\\.?\\/(?!.*\\.[a-z0-9]+(\\?[a-z]+)?$)/]`,
            message:
              "Name the file with its extension (./rules.ts, not ./rules): Node loads the config's imports.",
          }),
        ),
      ],
    },
  },
);
