// Type-aware lint, and the dependency direction of the architecture: imports point inward to `core`.
import tseslint from 'typescript-eslint';

const layer = (name, forbidden) => ({
  files: [`src/${name}/**/*.ts`, `src/${name}/**/*.tsx`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((group) => ({
          group: [group],
          message: `src/${name} may not import from here: imports point inward to core (see ARCHITECTURE.md).`,
        })),
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '**/*.js', '**/*.mjs', 'liaison-data/**'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  layer('core', [
    '**/db/**',
    '**/app/**',
    '**/server/**',
    '**/web/**',
    '**/cli/**',
    '**/scenario/**',
    'node:*',
    'fs',
    'pg',
    '@electric-sql/*',
    'fastify',
  ]),
  layer('db', ['**/app/**', '**/server/**', '**/web/**', '**/cli/**']),
  layer('app', ['**/server/**', '**/web/**', '**/cli/**', 'fastify']),
  layer('server', ['**/web/**', '**/cli/**']),
  layer('web', ['**/db/**', '**/app/**', '**/server/**', '**/cli/**', 'node:*']),
  {
    files: ['**/*.test.ts', 'test/**', 'e2e/**', 'bench/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/unbound-method': 'off' },
  },
);
