import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stranger's website for the embed tests: a tiny static server on 127.0.0.1, on a free
 * port, reached as `localhost`: another site than the app's (APP_URL, 127.0.0.1), so the
 * widget is a third-party frame, with partitioned (or no) storage as on a real host. It serves only the
 * files given, from memory, and never reaches outside the machine.
 */

export interface HostFile {
  body: string;
  /** Content-Type; HTML by default. */
  type?: string;
  /** A Content-Security-Policy header, as a strict host would send it. */
  csp?: string;
}

export interface HostServer {
  /** e.g. `http://localhost:41234` (no trailing slash). */
  readonly origin: string;
  close(): Promise<void>;
}

/** However a test run ends, the server stops by then. */
const LIFETIME_MS = 5 * 60_000;

export async function startHostServer(files: Record<string, HostFile>): Promise<HostServer> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    const file = Object.hasOwn(files, path) ? files[path] : undefined;
    if (!file || request.method !== 'GET') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': file.type ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...(file.csp ? { 'content-security-policy': file.csp } : {}),
    });
    response.end(file.body);
  });
  server.requestTimeout = 10_000;
  server.headersTimeout = 10_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const deadline = setTimeout(() => server.close(), LIFETIME_MS);
  deadline.unref();

  return {
    origin: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        clearTimeout(deadline);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A host site's page around a widget: its own stylesheet and script, a title, then `body`. */
export const hostPage = (title: string, body: string) => `<!doctype html>
<html lang="es">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="stylesheet" href="/host.css" />
    <script src="/host.js"></script>
  </head>
  <body>
    <h1>${title}</h1>
    ${body}
  </body>
</html>`;
