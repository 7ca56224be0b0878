// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** DESIGN.md layering, enforced here rather than hoped for. */
const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'events', 'buffer'];
const electronOnly = { group: ['electron', 'electron/*'], message: 'Only electron/main and electron/preload may import electron (DESIGN.md layering).' };

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'dist/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports nothing from electron/ or renderer/.' },
          electronOnly,
          { group: nodeBuiltins, message: 'shared/ is pure: no Node built-ins.' },
          { group: ['@aws-sdk/*', 'keytar'], message: 'shared/ holds no AWS SDK or keychain code.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*', 'keytar', '@aws-sdk/*', '@smithy/*'], message: 'The renderer never sees Electron, the AWS SDK or the keychain: go through the bridge.' },
          { group: nodeBuiltins, message: 'The renderer has no Node access.' },
          { group: ['**/electron/**'], message: 'The renderer reaches the host only through the bridge.' },
        ],
      }],
    },
  },
  {
    // Renderer tests run the real dispatcher, mutation gate and connection server over fake areas
    // (DESIGN.md "Areas"): their support code alone may import electron/core/rpc, nothing else of the host.
    files: ['tests/renderer/support/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['keytar', '@aws-sdk/*', '@smithy/*'], message: 'The renderer never sees Electron, the AWS SDK or the keychain: go through the bridge.' },
          { regex: '^electron(/|$)', message: 'The renderer never sees Electron, the AWS SDK or the keychain: go through the bridge.' },
          { group: nodeBuiltins, message: 'The renderer has no Node access.' },
          { regex: '(^|/)electron/(?!core/rpc/[^/]+$)', message: 'Renderer test support may use the real core RPC (electron/core/rpc) and nothing else of the host.' },
        ],
      }],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/sandbox/**/*.ts', 'electron/web/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [electronOnly, { group: ['**/renderer/**', '**/electron/main/**', '**/electron/preload/**'], message: 'Hosts and core stay independent of the Electron glue and the renderer.' }],
      }],
    },
  },
  {
    files: ['electron/sandbox/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [electronOnly, { group: ['**/core/**', '**/web/**', '**/cli/**', '**/renderer/**', '**/main/**', '**/preload/**'], message: 'The sandbox is a standalone emulator: it imports nothing from the console.' }],
      }],
    },
  },
);
