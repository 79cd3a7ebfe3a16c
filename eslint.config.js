// ESLint flat config. The layering rules of DESIGN.md are enforced here: a wrong import
// between parts of the app fails lint.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

const electronAndNative = [
  {
    name: 'electron',
    message: 'Only main/electron/, main/index.ts and preload/ may import electron.',
  },
  { name: 'keytar', message: 'Only main/adapters/ may import keytar.' },
];
const noServer = {
  group: ['**/server/**', '**/server'],
  message: 'Only tests, the preview host, the demo mode and bench may import server/.',
};

function restrict(paths, patterns) {
  return { 'no-restricted-imports': ['error', { paths, patterns }] };
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'out/',
      'release/',
      'test-results/',
      'playwright-report/',
      'e2e/artifacts/',
      'bench/results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] },
      globals: { ...globals.browser },
    },
  },
  {
    files: ['common/**/*.ts'],
    rules: restrict(electronAndNative, [
      {
        group: ['**/main/**', '**/server/**', '**/renderer/**', '**/preload/**', '**/cli/**'],
        message: 'common/ imports nothing of the project.',
      },
    ]),
  },
  {
    files: ['main/core/**/*.ts'],
    ignores: ['main/core/**/*.test.ts'],
    rules: restrict(
      [
        ...electronAndNative,
        { name: 'conf', message: 'main/core takes settings through a port.' },
        { name: 'electron-store', message: 'main/core takes settings through a port.' },
      ],
      [
        {
          group: ['**/adapters/**', '**/electron/**', '../index', '../preview'],
          message: 'main/core imports common/ only.',
        },
        {
          group: ['**/renderer/**', '**/preload/**', '**/cli/**'],
          message: 'main/core imports common/ only.',
        },
        noServer,
      ],
    ),
  },
  {
    files: ['main/adapters/**/*.ts'],
    ignores: ['main/adapters/**/*.test.ts'],
    rules: restrict(
      [electronAndNative[0]],
      [
        noServer,
        {
          group: ['**/renderer/**', '**/electron/**'],
          message: 'Adapters implement core ports only.',
        },
      ],
    ),
  },
  {
    files: ['main/electron/**/*.ts'],
    ignores: ['main/electron/**/*.test.ts'],
    rules: restrict(
      [electronAndNative[1]],
      [{ group: ['**/renderer/**'], message: 'The shell never imports the renderer.' }],
    ),
  },
  {
    files: ['preload/**/*.ts'],
    rules: restrict(
      [electronAndNative[1]],
      [
        {
          group: ['**/main/**', '**/server/**', '**/renderer/**', '**/cli/**'],
          message: 'preload/ imports electron and common/ only.',
        },
      ],
    ),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.svelte'],
    rules: restrict(electronAndNative, [
      {
        group: ['**/main/**', '**/server/**', '**/preload/**', '**/cli/**'],
        message: 'renderer/ imports common/ and its own files only.',
      },
    ]),
  },
  {
    files: ['server/**/*.ts'],
    ignores: ['server/**/*.test.ts'],
    rules: restrict(electronAndNative, [
      {
        group: ['**/main/**', '**/renderer/**', '**/preload/**', '**/cli/**'],
        message: 'server/ imports common/ only.',
      },
    ]),
  },
  {
    files: ['cli/**/*.ts'],
    ignores: ['cli/**/*.test.ts'],
    rules: restrict(
      [electronAndNative[0]],
      [
        {
          group: ['**/electron/**', '**/renderer/**', '**/preload/**'],
          message: 'cli/ runs on main/core and adapters only.',
        },
        noServer,
      ],
    ),
  },
);
