// ESLint: the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro on the code (src, tests,
// scripts, config files); content/ is authored data, not code. Formatting is Prettier's job (.prettierrc.json).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'content/', 'public/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Storage and clipboard may be blocked: an empty catch is the deliberate "carry on without it".
      'no-empty': ['error', { allowEmptyCatch: true }],
      // A leading underscore marks a value taken apart only to leave it out (`{ note: _note, ...rest }`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // RIS tags are followed by exactly two spaces ("TY  - "): the literal reads like the format.
      'no-regex-spaces': 'off',
    },
  },
);
