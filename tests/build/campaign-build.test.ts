import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import bundledFile from '../../assets/campaign.json';
import { ROOT } from '../e2e/harness/paths';

const WXT = join(ROOT, 'node_modules/.bin/wxt');
const BUILD_TIMEOUT = 120_000;
const temp = mkdtempSync(join(tmpdir(), 'campaign-build-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** `wxt build` as `CAMPAIGN=… npm run build` runs it, into a folder of its own; never throws. */
async function build(campaign: string, outDir: string, browser: 'chrome' | 'firefox' = 'chrome') {
  try {
    const { stdout, stderr } = await promisify(execFile)(WXT, ['build', '-b', browser], {
      cwd: ROOT,
      env: { ...process.env, CAMPAIGN: campaign, WXT_OUT_DIR: outDir, NO_COLOR: '1' },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, output: stdout + stderr };
  }
}

/** Every text file of a build: what the extension can show. */
function builtText(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(js|html|json)$/.test(file) && !file.startsWith('_locales'))
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n');
}

/** The bundled campaign file with one field set, written where the build can read it. */
function campaignFile(name: string, path: string, value: unknown): string {
  const copy: unknown = structuredClone(bundledFile);
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  const parent = keys.reduce((node, key) => (node as Record<string, unknown>)[key], copy);
  (parent as Record<string, unknown>)[last] = value;
  const file = join(temp, name);
  writeFileSync(file, JSON.stringify(copy));
  return file;
}

describe('CAMPAIGN=tests/fixtures/sample-campaign.json npm run build', () => {
  it.each(['chrome', 'firefox'] as const)(
    'bundles the sample campaign instead of ours (%s)',
    async (browser) => {
      const outDir = join(temp, 'sample');
      const { code, output } = await build('tests/fixtures/sample-campaign.json', outDir, browser);
      expect(code, output).toBe(0);
      const text = builtText(join(outDir, `${browser}-mv3`));
      expect(text).toContain('Sample campaign: Riverside Library Reading Week');
      expect(text).toContain('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4');
      expect(text).not.toContain(bundledFile.title.en);
      expect(text).not.toContain('1EKGZT2iMjNKHz8oVt7svXpUdcPAXkRBAH');
    },
    BUILD_TIMEOUT,
  );
});

describe('an invalid campaign fails the build with one line naming the file and the field', () => {
  it.each([
    [
      'a Bitcoin address with a wrong checksum',
      'bad-checksum.json',
      'donations.2.account',
      '1EKGZT2iMjNKHz8oVt7svXpUdcPAXkRBAG',
      'donations[2].account: Bitcoin address checksum does not match',
    ],
    [
      'an http link',
      'http-link.json',
      'links.1.url',
      'http://rupression.com/en/',
      'links[1].url: must be an https link',
    ],
  ])(
    '%s',
    async (_, name, path, value, field) => {
      const file = campaignFile(name, path, value);
      const outDir = join(temp, name.replace('.json', ''));
      const { code, output } = await build(file, outDir);
      expect(code).not.toBe(0);
      expect(output).toContain(`Invalid campaign ${file}: ${field}`);
      expect(existsSync(join(outDir, 'chrome-mv3', 'manifest.json'))).toBe(false);
    },
    BUILD_TIMEOUT,
  );
});
