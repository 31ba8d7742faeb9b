/// <reference types="vitest/config" />
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, defineConfig, type Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built page. Only in the build: the dev server needs
 * inline scripts for hot reload. `frame-ancestors` cannot live in a meta tag (README, "Restricting who may embed").
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

/**
 * V8's explicit compile hint (Chrome 136+; other engines read a comment): a chunk that starts
 * with it is compiled whole, on a background thread, while it downloads. Without it V8 compiles
 * each function on the main thread the first time it runs, and on a results link that is most of
 * React, i18next and recharts, each run once, cold: 100 ms of main-thread script before the radar
 * is painted, measured on this machine (README, "Performance"). Only for chunks whose code nearly
 * all runs as soon as they arrive: the start chunk and the one recharts draws the radar with.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
const compiledWhole = (chunk: { name: string; moduleIds: readonly string[] }) =>
  chunk.name === 'start' ||
  chunk.moduleIds.some((id) => /src[\\/]features[\\/]results[\\/]radar-drawing\.tsx$/.test(id));

function compileHints(): Plugin {
  return {
    name: 'delega:compile-hints',
    apply: 'build',
    // Last, once the code is minified (which strips comments) and Vite has put its own first line.
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && compiledWhole(chunk)) chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
        }
      },
    },
  };
}

/** Builds a classic script (no modules, no React, no shared chunks) to `dist/<fileName>`. */
const buildClassicScript = (
  entry: string,
  fileName: string,
  name: string,
  define: Record<string, string> = {},
) =>
  build({
    configFile: false,
    logLevel: 'warn',
    define,
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      copyPublicDir: false,
      lib: { entry, formats: ['iife'], name, fileName: () => fileName },
    },
  });

/** The host page's loader, `dist/embed.js`. */
function classicScript(entry: string, fileName: string, name: string): Plugin {
  return {
    name: `delega:classic-script:${fileName}`,
    apply: 'build',
    closeBundle: async () => void (await buildClassicScript(entry, fileName, name)),
  };
}

/** The classic start-up script's tag, as index.html writes it. */
const STARTUP_SCRIPT = '<script src="./startup.js"></script>';

/**
 * The start-up script in development: served from source, as a module (nothing is prerendered
 * there). Before Vite's own pass over the page (`order: 'pre'`), which would otherwise rewrite
 * `./startup.js` into a `/startup.js` that only the build writes (a 404 on every page with a query).
 */
export function startupScriptInDev(): Plugin {
  return {
    name: 'delega:startup-in-dev',
    apply: 'serve',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace(STARTUP_SCRIPT, '<script type="module" src="/src/startup/startup.ts"></script>'),
    },
  };
}

/**
 * Asks for what every page waits for before the first page's own files (README, "Performance"):
 * the entry's module script and the modulepreloads Vite writes, and the stylesheet (a preload: the
 * stylesheet itself would hold startup.js until it arrived), all ahead of startup.js, which then
 * asks for the page's chunks and strings. Over HTTP/1.1 a browser opens six connections to a host,
 * and on a results link the nine files startup.js asked for first held the start chunk and the
 * stylesheet back (measured: the start chunk arrived 47–83 ms later). Module scripts are deferred,
 * so startup.js still runs first.
 */
function startChunkFirst(): Plugin {
  return {
    name: 'delega:start-chunk-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const entryTags =
          /\n\s*<script type="module" crossorigin src="[^"]+"><\/script>(?:\n\s*<link rel="modulepreload"[^>]*>)*/.exec(
            html,
          );
        if (!entryTags || !html.includes(STARTUP_SCRIPT)) {
          throw new Error('index.html: no entry script or no startup.js tag to put in order');
        }
        const stylesheets = [...html.matchAll(/<link rel="stylesheet" crossorigin href="([^"]+)">/g)].map(
          ([, href]) => `<link rel="preload" as="style" crossorigin href="${href}">`,
        );
        const first = [entryTags[0].trim(), ...stylesheets].join('\n    ');
        return html.replace(entryTags[0], '').replace(STARTUP_SCRIPT, `${first}\n    ${STARTUP_SCRIPT}`);
      },
    },
  };
}

/** Where the build-time renderer is bundled before it runs (outside dist/: no host serves it). */
const PRERENDER_DIR = 'artifacts/prerender';

/**
 * Paints the intro from HTML (README, "Performance"): renders it in each language with
 * react-dom/server and writes both into dist/index.html, next to the empty `#root`. Then builds
 * `startup.js`, the classic script in <head>, with the files each page needs beyond the first
 * screen's (read from the manifest): it shows the intro the language rules pick and asks for the
 * first page's own code at once. main.tsx hydrates the intro, or replaces it when the visit
 * differs from a first one (a `va` link, saved answers).
 */
function prerenderIntro(): Plugin {
  return {
    name: 'delega:prerender-intro',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        plugins: [react()],
        build: {
          ssr: 'src/prerender/render-intro.tsx',
          outDir: PRERENDER_DIR,
          emptyOutDir: true,
          copyPublicDir: false,
        },
      });
      const renderer = pathToFileURL(join(process.cwd(), PRERENDER_DIR, 'render-intro.js')).href;
      const { withPrerenderedIntros, chunksAhead } = (await import(
        renderer
      )) as typeof import('./src/prerender/render-intro');
      const page = join('dist', 'index.html');
      writeFileSync(page, await withPrerenderedIntros(readFileSync(page, 'utf8')));
      const manifest = JSON.parse(readFileSync(BUILD_MANIFEST, 'utf8')) as Parameters<typeof chunksAhead>[0];
      await buildClassicScript('src/startup/startup.ts', 'startup.js', 'DelegaStartup', {
        __CHUNKS_AHEAD__: JSON.stringify(chunksAhead(manifest)),
      });
    },
  };
}

/**
 * Test files that replace a module or a global for themselves (`vi.mock`, `vi.stubGlobal`): each
 * gets a fresh module graph, so nothing they swap reaches another file
 * (tests/build/test-isolation.test.ts keeps this list complete).
 */
const TESTS_WITH_THEIR_OWN_MODULES = [
  'tests/features/error-boundary.test.tsx',
  'tests/features/chunk-failure.test.tsx',
  'tests/assistants/widget-frame.dom.test.ts',
  'tests/features/after-paint.dom.test.ts',
] as const;

/** The component tests' set-up, for the shared and the isolated project alike. */
const IN_JSDOM = {
  environment: 'jsdom' as const,
  setupFiles: ['tests/setup-dom.ts'],
  css: false,
  // A component test types and clicks through a whole screen: on a busy 2-core machine that can
  // pass the default 5 s without anything being wrong.
  testTimeout: 15_000,
};

export default defineConfig({
  base: './',
  resolve: {
    alias: [
      {
        find: /^use-sync-external-store\/shim(\/index\.js)?$/,
        replacement: fileURLToPath(new URL('./src/lib/use-sync-external-store-shim.ts', import.meta.url)),
      },
      // recharts asks for the shim's selector hook and react-redux (which recharts uses) for the
      // plain one: the same hook once React has useSyncExternalStore, so the chart's chunk
      // carries one copy, built on React's own hook.
      {
        find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/,
        replacement: 'use-sync-external-store/with-selector.js',
      },
    ],
  },
  // Files copied as they are (robots.txt); inside src/ because the top level is fixed.
  publicDir: 'src/public',
  plugins: [
    react(),
    contentSecurityPolicy(),
    compileHints(),
    manifestOutsideDist(),
    classicScript('src/embed/loader.ts', 'embed.js', 'DelegaEmbed'),
    startupScriptInDev(),
    startChunkFirst(),
    prerenderIntro(),
  ],
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
              test: /node_modules[\\/](react|react-dom|scheduler|i18next|react-i18next|zod)[\\/]|src[\\/](app|config|i18n|lib|state)[\\/]/,
            },
          ],
        },
      },
    },
  },
  // `Access-Control-Allow-Origin: *`, as README "Sandboxed hosts" asks of a host of dist/: in a
  // sandboxed host page the widget's origin is opaque, so its scripts load as cross-origin.
  preview: { port: 4173, strictPort: true, cors: true },
  test: {
    // One module graph per worker, not per file (`isolate: false`): jsdom and the app's modules load
    // once, which halves the suite's time. It is safe because the app keeps no module-level state
    // (README, "Architecture"); a file that swaps a module or a global for itself runs alone.
    // Both cores: Vitest's default leaves one free, which on this 2-core machine runs the files one by one.
    maxWorkers: 2,
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
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          ...IN_JSDOM,
          name: 'dom',
          include: ['tests/**/*.test.tsx', 'tests/**/*.dom.test.ts'],
          exclude: [...TESTS_WITH_THEIR_OWN_MODULES],
          isolate: false,
        },
      },
      {
        extends: true,
        test: { ...IN_JSDOM, name: 'dom-isolated', include: [...TESTS_WITH_THEIR_OWN_MODULES] },
      },
    ],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    reporters: ['default', 'json'],
    outputFile: { json: 'artifacts/unit-results.json' },
  },
});
