// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const CLI = resolve(import.meta.dirname, '../../../scripts/campaign-cli.mjs');
const CAMPAIGN = resolve(import.meta.dirname, '../../../assets/campaign.json');

/** Runs `npm run campaign -- …` the way a maintainer does; resolves with its exit code and output. */
async function campaign(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [CLI, ...args], {
      env: { ...process.env, FEED_PUBLIC_KEY: '', XDG_CONFIG_HOME: join(dir, 'config') },
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, out: stdout + stderr };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'sc-cli-'));

describe('npm run campaign', () => {
  const key = join(dir, 'campaign-key.pem');
  const feed = join(dir, 'feed.json');

  it('keygen → sign → verify, and refuses what the extension would refuse', async () => {
    const made = await campaign('keygen', '--out', key);
    expect(made.code).toBe(0);
    const publicKey = made.out.match(/FEED_PUBLIC_KEY=(\S+)/)?.[1] ?? '';
    expect(publicKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(statSync(key).mode & 0o077).toBe(0);
    expect((await campaign('keygen', '--out', key)).out).toMatch(/refusing to overwrite/);

    const signed = await campaign('sign', CAMPAIGN, '--key', key, '--out', feed);
    expect(signed).toMatchObject({ code: 0, out: expect.stringContaining(`signed by ${publicKey}`) });
    // The signed document holds the validity window, then the file, byte for byte.
    const payload = Buffer.from(JSON.parse(readFileSync(feed, 'utf8')).payload, 'base64');
    expect(payload.toString('utf8')).toMatch(/^\{"notBefore":"[\dT:Z-]+","expires":"[\dT:Z-]+","campaign":/);
    expect(payload.subarray(payload.indexOf('"campaign":') + 11, -1).equals(readFileSync(CAMPAIGN))).toBe(true);

    expect(await campaign('verify', feed, '--key', publicKey)).toMatchObject({
      code: 0,
      out: /valid, campaign version/,
    });

    const other = (await campaign('keygen', '--out', join(dir, 'other.pem'))).out.match(/FEED_PUBLIC_KEY=(\S+)/)?.[1];
    expect(await campaign('verify', feed, '--key', other ?? '')).toMatchObject({ code: 1, out: /signature is not/ });

    const broken = join(dir, 'broken.json');
    const data = JSON.parse(readFileSync(CAMPAIGN, 'utf8'));
    data.links[0].url = 'http://example.org/';
    writeFileSync(broken, JSON.stringify(data));
    expect(await campaign('sign', broken, '--key', key, '--out', join(dir, 'x.json'))).toMatchObject({
      code: 1,
      out: `${broken}: links[0].url: must be an https link\n`,
    });
    expect(await campaign('frobnicate')).toMatchObject({ code: 1, out: /usage:/ });

    // A feed that expired, or signed for later: refused as the extension refuses it.
    const old = join(dir, 'old.json');
    await campaign(
      'sign',
      CAMPAIGN,
      '--key',
      key,
      '--out',
      old,
      '--not-before',
      '2020-01-01T00:00:00Z',
      '--days',
      '30',
    );
    expect(await campaign('verify', old, '--key', publicKey)).toMatchObject({
      code: 1,
      out: `${old}: the feed expired on 2020-01-31T00:00:00Z\n`,
    });
    // Seven Node processes, each compiling TypeScript through jiti: slow when the whole suite runs at once.
  }, 60_000);
});

describe('npm run campaign refuses what would leak a key or lose a file', () => {
  it('keeps keys outside the repository, by default in the config folder', async () => {
    expect(await campaign('keygen', '--out', resolve(import.meta.dirname, 'campaign-key.pem'))).toMatchObject({
      code: 1,
      out: /campaign-key\.pem: is inside the repository/,
    });
    const made = await campaign('keygen');
    expect(made.code, made.out).toBe(0);
    const key = join(dir, 'config', 'solidarity-call', 'campaign-key.pem');
    expect(statSync(key).mode & 0o077).toBe(0);
    expect(statSync(join(dir, 'config', 'solidarity-call')).mode & 0o077).toBe(0);

    // sign --out onto its input (or its key) is refused, and the input is untouched.
    const input = join(dir, 'input.json');
    writeFileSync(input, readFileSync(CAMPAIGN));
    expect(await campaign('sign', input, '--out', input)).toMatchObject({
      code: 1,
      out: `${input}: is also the input: refusing to overwrite it\n`,
    });
    expect(readFileSync(input).equals(readFileSync(CAMPAIGN))).toBe(true);
    expect(await campaign('sign', input, '--out', key)).toMatchObject({ code: 1, out: /is also the key/ });
  }, 30_000);

  it("reads feeds by the extension's byte path: 256 KB at most, strict UTF-8, each error naming the file", async () => {
    const publicKey = `${'A'.repeat(43)}=`;
    const big = join(dir, 'big.json');
    writeFileSync(big, `{"format":"solidarity-call-feed/2","payload":"${'A'.repeat(298 * 1024)}","signature":""}`);
    expect(await campaign('verify', big, '--key', publicKey)).toMatchObject({
      code: 1,
      out: `${big}: the feed is larger than 256 KB\n`,
    });
    const lossy = join(dir, 'lossy.json');
    writeFileSync(lossy, Buffer.from([0x7b, 0xff, 0x7d]));
    expect(await campaign('verify', lossy, '--key', publicKey)).toMatchObject({
      code: 1,
      out: `${lossy}: the feed is not UTF-8 text\n`,
    });
    const missing = join(dir, 'missing.json');
    expect(await campaign('verify', missing, '--key', publicKey)).toMatchObject({
      code: 1,
      out: `${missing}: cannot read it (ENOENT)\n`,
    });
  }, 30_000);
});
