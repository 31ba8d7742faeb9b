import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `npm run dev` is the README's first command: its page must ask for nothing the dev server lacks.
describe('the development server’s page', () => {
  let server: ViteDevServer;
  let origin: string;
  beforeAll(async () => {
    server = await createServer({
      logLevel: 'silent',
      server: { port: 0, host: '127.0.0.1', hmr: false },
      optimizeDeps: { noDiscovery: true },
    });
    await server.listen();
    origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  });
  afterAll(() => server.close());

  it.each(['/?embed=1', '/', '/?lang=it&va=Ana', '/index.html?for=assistants'])(
    'loads the start-up script from source at %s, never the built startup.js',
    async (url) => {
      const html = await (await fetch(origin + url)).text();
      expect(html).toContain('<script type="module" src="/src/startup/startup.ts"></script>');
      expect(html).not.toMatch(/startup\.js"/);
      expect((await fetch(`${origin}/src/startup/startup.ts`)).status).toBe(200);
    },
  );
});
