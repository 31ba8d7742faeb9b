/// <reference types="vitest/config" />
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, defineConfig, type Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built page. Only in the build: the dev server needs
 * inline scripts for hot reload. `frame-ancestors` cannot live in a meta tag (README, "Hosting").
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  // Nothing may re-point the page's relative URLs (`base: './'`) with an injected <base>.
  "base-uri 'none'",
  "form-action 'none'",
  // No string ever reaches an HTML or script sink (innerHTML, eval…): the browser enforces it.
  "require-trusted-types-for 'script'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'delega:csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

/**
 * Where the build's manifest goes: `scripts/size.mjs` reads it, but a host must not serve it
 * (it maps every chunk to its source path), so it leaves `dist/` once the bundle is written.
 */
export const BUILD_MANIFEST = 'artifacts/build-manifest.json';

function manifestOutsideDist(): Plugin {
  return {
    name: 'delega:manifest-outside-dist',
    apply: 'build',
    writeBundle(options) {
      const outDir = options.dir ?? 'dist';
      mkdirSync(dirname(BUILD_MANIFEST), { recursive: true });
      renameSync(join(outDir, '.vite', 'manifest.json'), BUILD_MANIFEST);
      rmSync(join(outDir, '.vite'), { recursive: true, force: true });
    },
  };
}

/** Builds the host-page loader as one classic script at `dist/embed.js`, with no React and no shared chunks. */
function embedLoader(): Plugin {
  return {
    name: 'delega:embed-loader',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          copyPublicDir: false,
          lib: {
            entry: 'src/embed/loader.ts',
            formats: ['iife'],
            name: 'DelegaEmbed',
            fileName: () => 'embed.js',
          },
        },
      });
    },
  };
}

export default defineConfig({
  base: './',
  // Files copied as they are (robots.txt); inside src/ because the top level is fixed.
  publicDir: 'src/public',
  plugins: [react(), contentSecurityPolicy(), manifestOutsideDist(), embedLoader()],
  build: {
    target: 'es2022',
    manifest: true,
    // Every browser Delega supports preloads modules natively; the polyfill would be dead weight
    // on the first screen.
    modulePreload: { polyfill: false },
    // Inline CSS would need 'unsafe-inline' under the CSP; keep every asset a file.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // What every screen needs travels as one chunk: a dozen tiny shared chunks would each
        // cost a request and compress worse (README, "Performance").
        codeSplitting: {
          groups: [
            {
              name: 'start',
              test: /node_modules[\\/](react|react-dom|scheduler|i18next|react-i18next|zod|use-sync-external-store)[\\/]|src[\\/](app|config|i18n|lib|state)[\\/]/,
            },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    // Pure tests run under Node; only tests that render or need a document pay for jsdom's
    // start-up (README, "Run it, test it"): a `.tsx` test or a `.dom.test.ts` file.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.dom.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx', 'tests/**/*.dom.test.ts'],
          setupFiles: ['tests/setup-dom.ts'],
          css: false,
          // A component test types and clicks through a whole screen: on a busy 2-core machine
          // that can pass the default 5 s without anything being wrong.
          testTimeout: 15_000,
        },
      },
    ],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    reporters: ['default', 'json'],
    outputFile: { json: 'artifacts/unit-results.json' },
  },
});
