import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export type Route = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export interface FixtureServer {
  /** Base URL, e.g. http://127.0.0.1:43121 */
  url: string;
  /** Every request the server saw, in order: tests assert on what reached the network. */
  requests: { method: string; url: string; headers: IncomingMessage['headers'] }[];
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 with a random port. Serves files from `root`
 * (if given) after trying each custom route in order.
 */
export async function startServer(options: { root?: string; routes?: Route[] } = {}): Promise<FixtureServer> {
  const requests: FixtureServer['requests'] = [];
  const server = createServer(async (req, res) => {
    requests.push({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers });
    try {
      for (const route of options.routes ?? []) if (await route(req, res)) return;
      if (options.root) {
        const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        const file = normalize(join(options.root, path.endsWith('/') ? `${path}index.html` : path));
        if (file.startsWith(options.root)) {
          const body = await readFile(file).catch(() => undefined);
          if (body) {
            res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
            res.end(body);
            return;
          }
        }
      }
      res.writeHead(404).end('not found');
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
