import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Campaign } from '@/utils/campaign/schema';
import { VARIANTS } from '@/utils/campaign/schema';
import { chooseText, measure, type PageSignals, placeFor } from '@/utils/place';
import { type FixtureServer, startServer } from '../support/local-server';
import { ROOT } from '../support/paths';
import { pollValue } from '../support/poll-for';
import { buildFixtures } from './fixtures/build-fixtures';
import { type BrowserName, type InsertDriver, MESSAGES, occurrences, squash } from './insert-cases';
import { openChromium, openFirefox } from './insert-drivers';

/**
 * The fixture pages served under the networks' real https host names, so the extension sees x.com,
 * bsky.app, mail.google.com and a Mastodon instance exactly as it would there: Chromium resolves the
 * names to the test server (--host-resolver-rules), Firefox reaches them through a proxy that tunnels
 * only these names to it. Both accept the server's self-signed certificate; nothing leaves the machine.
 */
interface PlacePage {
  name: string;
  host: string;
  path: string;
  /** What the page carries about itself, as the test states it (not as the extension reads it). */
  signals: PageSignals;
  kind: 'input' | 'textarea' | 'rich';
  /** Typed first. None on X: in Firefox Draft.js itself misplaces the first letter typed into it. */
  earlier: string;
}

const PAGES: PlacePage[] = [
  // X's composer is Draft.js.
  {
    name: 'X',
    host: 'x.com',
    path: '/draft.html',
    signals: { host: 'x.com' },
    kind: 'rich',
    earlier: '',
  },
  // Bluesky's composer is TipTap, on ProseMirror.
  {
    name: 'Bluesky',
    host: 'bsky.app',
    path: '/page.html?case=prosemirror',
    signals: { host: 'bsky.app' },
    kind: 'rich',
    earlier: 'Hi all. ',
  },
  // Any host: found by what the page carries, with the instance's own limit of 11,000.
  {
    name: 'a Mastodon instance allowing 11,000',
    host: 'social.example',
    path: '/mastodon.html',
    signals: { host: 'social.example', mastodon: { limit: 11_000 } },
    kind: 'textarea',
    earlier: 'Hi all. ',
  },
  // The same page as the instance serves it without a limit of its own: Mastodon's default, 500.
  {
    name: 'a Mastodon instance that states no limit',
    host: 'social.example',
    path: '/mastodon.html?limit=none',
    signals: { host: 'social.example', mastodon: { limit: null } },
    kind: 'textarea',
    earlier: 'Hi all. ',
  },
  // A single line on X (its search box): the short version, on one line.
  {
    name: 'a one-line input on X',
    host: 'x.com',
    path: '/page.html?case=input',
    signals: { host: 'x.com' },
    kind: 'input',
    earlier: '',
  },
  // Gmail's composer is a plain contenteditable.
  {
    name: 'Gmail',
    host: 'mail.google.com',
    path: '/page.html?case=contenteditable',
    signals: { host: 'mail.google.com' },
    kind: 'rich',
    earlier: 'Hello, ',
  },
];

const HOSTS = PAGES.map((page) => page.host);
const campaign = JSON.parse(readFileSync(join(ROOT, 'assets/campaign.json'), 'utf8')) as Campaign;

/** A self-signed certificate for the names, made for this run by the system's openssl. */
function certificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'sc-places-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=solidarity-call-test',
        '-addext',
        `subjectAltName=${HOSTS.map((host) => `DNS:${host}`).join(',')}`,
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'pipe' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

async function listen(server: Server): Promise<number> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return (server.address() as AddressInfo).port;
}

/** An instance that does not say its limit: the fixture's initial state without max_toot_chars. */
function withoutLimit(html: Buffer): Buffer {
  return Buffer.from(html.toString('utf8').replace(/,"max_toot_chars":\d+/, ''));
}

/** The fixtures over https on 127.0.0.1, for whatever host name the browser asked. */
async function startHttps(root: string) {
  const server = createHttpsServer(certificate(), (req, res) => {
    const url = new URL(req.url ?? '/', 'https://x');
    const file = normalize(join(root, decodeURIComponent(url.pathname)));
    let body: Buffer | undefined;
    try {
      body = file.startsWith(root) ? readFileSync(file) : undefined;
    } catch {}
    if (!body) return void res.writeHead(404).end();
    if (url.searchParams.get('limit') === 'none') body = withoutLimit(body);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  return { server, port: await listen(server) };
}

/** Firefox's proxy: tunnels CONNECT for the mapped names to the https server, refuses everything else. */
async function startProxy(httpsPort: number) {
  const server = createHttpServer((_, res) => res.writeHead(403).end());
  server.on('connect', (req, client) => {
    const host = (req.url ?? '').replace(/:\d+$/, '');
    if (!HOSTS.includes(host)) return void client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    const upstream = connect(httpsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client).pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  return { server, port: await listen(server) };
}

/**
 * The driver starts on the plain 127.0.0.1 server, which the e2e build may reach, to find its tab; the same tab
 * then goes to the real names once the user has allowed them (without access, the extension does not even see
 * a tab's address).
 */
const OPEN: Record<BrowserName, (local: string, https: number, proxy: number) => Promise<InsertDriver>> = {
  chromium: (local, https) =>
    openChromium(local, {
      args: [
        `--host-resolver-rules=${HOSTS.map((host) => `MAP ${host} 127.0.0.1:${https}`).join(', ')}`,
        '--ignore-certificate-errors',
      ],
    }),
  firefox: (local, _, proxy) =>
    openFirefox(local, {
      acceptInsecureCerts: true,
      prefs: {
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy,
      },
    }),
};

describe.each(['chromium', 'firefox'] as const)('%s: the call fits the place, under its real host name', (browser) => {
  let local: FixtureServer;
  let https: Server;
  let proxy: Server;
  let driver: InsertDriver;

  beforeAll(async () => {
    const root = await buildFixtures();
    local = await startServer({ root });
    const tls = await startHttps(root);
    const tunnel = await startProxy(tls.port);
    https = tls.server;
    proxy = tunnel.server;
    driver = await OPEN[browser](local.url, tls.port, tunnel.port);
    // As a user allows a site for the extension; the e2e build itself reaches only 127.0.0.1.
    for (const host of HOSTS) {
      console.info(`allowing ${host}`);
      await driver.allowSite(`https://${host}/*`);
    }
  }, 120_000);
  afterAll(async () => {
    await driver?.close();
    https?.closeAllConnections();
    https?.close();
    proxy?.closeAllConnections();
    proxy?.close();
    await local?.close();
  });

  for (const page of PAGES) {
    const place = placeFor(page.signals);
    const choice = chooseText({
      texts: MESSAGES,
      place,
      field: { kind: page.kind, room: null },
      hashtags: campaign.hashtags?.en,
    });
    it(`${page.name} (https://${page.host}): the ${choice.variant} version, once, within ${place.limit ?? 'no'} limit`, async () => {
      await driver.goto(`https://${page.host}${page.path}`);
      await pollValue(() => driver.eval<boolean>('Boolean(window.fixture?.ready)'), Boolean, 4000);
      expect(await driver.eval<string>('location.host')).toBe(page.host);
      const point = await driver.eval<{ x: number; y: number }>('window.fixture.clickPoint()');
      await driver.click(point.x, point.y);
      if (page.earlier) await driver.type(page.earlier);
      const model = () => driver.eval<string>('window.fixture.model()');
      expect(squash(await model())).toBe(squash(page.earlier));

      const outcome = await driver.insert();
      expect(outcome.inserted, JSON.stringify(outcome)).toBe(true);
      const variant = choice.variant === 'own' ? 'standard' : choice.variant;
      // A single line holds the message with its line breaks as spaces.
      const expected = page.kind === 'input' ? MESSAGES[variant].replace(/\s*\n\s*/g, ' ') : MESSAGES[variant];
      const after = await pollValue(model, (m) => occurrences(m, expected) >= 1, 4000);
      // Exactly once, and no other version beside it.
      expect(occurrences(after, expected), `model:\n${after}`).toBe(1);
      for (const other of VARIANTS) if (other !== variant) expect(occurrences(after, MESSAGES[other])).toBe(0);
      expect(squash(after).startsWith(squash(page.earlier))).toBe(true);
      // The whole post, counted the way the network counts it.
      if (place.limit !== null) expect(measure(after, place.counter)).toBeLessThanOrEqual(place.limit);
      console.info(
        `${browser} ${page.host}: ${variant}, ${measure(after, place.counter)} of ${place.limit ?? '∞'} (${place.counter})`,
      );
    });
  }
});
