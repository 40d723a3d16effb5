import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'dev-dist', '.bench'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The domain is pure: no React, Dexie, DOM, Node, network, clock or randomness (today's date,
    // the time and new ids are passed in).
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-*',
            'dexie',
            'dexie-*',
            'node:*',
            '@/db/*',
            '@/sync/*',
            '@/features/*',
            '@/app/*',
            '@/ui/*',
            '@/i18n/*',
            '@/server/*',
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'navigator'].map((name) => ({
          name,
          message: 'The domain makes no network calls: the caller does.',
        })),
        ...['crypto', 'performance', 'window', 'document', 'localStorage', 'indexedDB'].map(
          (name) => ({ name, message: 'The domain is pure: pass this in.' }),
        ),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'The domain reads no clock: pass the time in.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'The domain reads no clock: pass today in.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'The domain uses no randomness: pass ids or a random source in.',
        },
      ],
    },
  },
  {
    // The sync engine sits between the database and the views: it never imports React, the
    // views, the app or the UI text.
    files: ['src/sync/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-*',
            '@/features/*',
            '@/app/*',
            '@/ui/*',
            '@/i18n/*',
            '@/server/*',
          ],
        },
      ],
    },
  },
  {
    // UI text and date formatting: resources and i18next only, no data layer or views.
    files: ['src/i18n/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'dexie',
            'dexie-*',
            '@/db/*',
            '@/sync/*',
            '@/features/*',
            '@/app/*',
            '@/ui/*',
            '@/server/*',
          ],
        },
      ],
    },
  },
  {
    files: ['src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-*', '@/sync/*', '@/features/*', '@/app/*'] },
      ],
    },
  },
  {
    // Features never import each other (their own files are imported relatively); shared
    // React pieces live in src/ui.
    files: ['src/features/**/*.{ts,tsx}', 'src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@/app/*', '@/features/*', '@/server/*'] }],
    },
  },
  {
    // The server imports the domain only, never browser code.
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-*',
            'dexie',
            'dexie-*',
            '@/db/*',
            '@/sync/*',
            '@/features/*',
            '@/app/*',
            '@/ui/*',
            '@/i18n/*',
          ],
        },
      ],
    },
  },
);
