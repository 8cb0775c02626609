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
      env: { ...process.env, FEED_PUBLIC_KEY: '' },
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, out: stdout + stderr };
  }
}

describe('npm run campaign', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sc-cli-'));
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
    // The payload is the file, byte for byte.
    const payload = Buffer.from(JSON.parse(readFileSync(feed, 'utf8')).payload, 'base64');
    expect(payload.equals(readFileSync(CAMPAIGN))).toBe(true);

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
      out: /links\[0\]\.url: must be an https link/,
    });
    expect(await campaign('frobnicate')).toMatchObject({ code: 1, out: /usage:/ });
    // Seven Node processes, each compiling TypeScript through jiti: slow when the whole suite runs at once.
  }, 60_000);
});
