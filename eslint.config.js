import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'dist-demo', 'storybook-static', 'node_modules', 'demo/public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: { ...globals.browser } } },
  {
    files: [
      '*.config.*',
      '.ci/**',
      '**/*.mjs',
      '.storybook/**',
      'bench/**',
      'scripts/**',
      'demo/server/**',
      'test/node/**',
      'src/conformance/**',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    rules: {
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['test/**', 'stories/**', 'demo/**', 'bench/**', 'scripts/**', '*.config.*', '.ci/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod', message: 'Browser code imports zod/mini.' }] },
      ],
    },
  },
);
