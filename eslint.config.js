import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'artifacts', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  // Layers (README, "Architecture"): each may import only the layers below it.
  //   quiz → config, lib, i18n → state → services → components/ui → features → app (→ main)
  // A feature never imports another feature's insides nor the app shell; embed.js stays tiny.
  ...layer('src/quiz/**', ['^\\.\\./'], 'src/quiz is the pure domain: it imports nothing of the app'),
  ...layer(
    'src/{config,lib,i18n}/**',
    ['/(state|services|components|features|app|embed)/'],
    'config, lib and i18n sit below the state, the services and every view',
  ),
  ...layer('src/state/**', ['/(services|components|features|app)/'], 'the quiz state sits below the views'),
  ...layer('src/services/**', ['/(components|features|app)/'], 'services sit below the views'),
  ...layer('src/components/**', ['/(features|app)/'], 'shared UI sits below the features'),
  ...layer(
    'src/features/**',
    ['^\\.\\./(?!\\.\\.)', '/(features|app)/'],
    'a feature imports the shared layers (quiz, config, services, components/ui…), never another feature or the app shell',
  ),
  ...layer(
    'src/startup/**',
    ['/(services|components|features|app|embed|prerender)/', '/state/(?!storage-keys)'],
    'startup.js runs before the page is parsed: config, i18n and storage keys only, nothing of the app',
  ),
  ...layer(
    'src/embed/**',
    ['/(state|components|features|app)/'],
    'the loader and the bridge stay free of the app',
  ),
  {
    // The domain core stays pure: no React, no DOM.
    files: ['src/quiz/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
);

/** One `no-restricted-imports` rule for the files of a layer: `regexes` match forbidden specifiers. */
function layer(files, regexes, message) {
  return [
    {
      files: [`${files}/*.{ts,tsx}`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            paths: files.startsWith('src/quiz') ? ['react', 'react-dom', 'i18next', 'react-i18next'] : [],
            patterns: regexes.map((regex) => ({ regex, message })),
          },
        ],
      },
    },
  ];
}
