import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import bundledFile from '../../assets/campaign.json';
import { readValidCampaign } from '../../scripts/campaign';
import { HOSTILE_CAMPAIGNS, withHostile } from '../fixtures/hostile-campaigns';
import { ROOT } from '../support/paths';

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
  // A field the schema does not know, holding text no check has seen: the build must not ship it.
  const UNCHECKED = 'Unchecked text the validator never saw';
  const sample = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/sample-campaign.json'), 'utf8'));
  const file = join(temp, 'sample-plus.json');
  writeFileSync(file, JSON.stringify({ ...sample, extra: UNCHECKED }, null, 2));

  it.each(['chrome', 'firefox'] as const)(
    'bundles the sample campaign instead of ours, exactly as validated (%s)',
    async (browser) => {
      const outDir = join(temp, 'sample');
      const { code, output } = await build(file, outDir, browser);
      expect(code, output).toBe(0);
      const dir = join(outDir, `${browser}-mv3`);
      const text = builtText(dir);
      expect(text).toContain('Sample campaign: Riverside Library Reading Week');
      expect(text).toContain('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4');
      expect(text).not.toContain(bundledFile.title.en);
      expect(text).not.toContain('1EKGZT2iMjNKHz8oVt7svXpUdcPAXkRBAH');
      // The background bundle, the popup's JSON island and its prerendered HTML: the validated value only.
      expect(text).not.toContain(UNCHECKED);
      const popup = readFileSync(join(dir, 'popup.html'), 'utf8');
      const island = popup.match(/<script type="application\/json" id="bundled-campaign">(.*?)<\/script>/s)?.[1] ?? '';
      expect(JSON.parse(island)).toEqual(readValidCampaign(file, ROOT));
    },
    BUILD_TIMEOUT,
  );
});

describe('a hostile campaign is refused by the build check with one line naming the file and the field', () => {
  it.each(HOSTILE_CAMPAIGNS.map((c) => [c.name, c] as const))('%s', (_, hostile) => {
    const file = join(temp, 'hostile.json');
    writeFileSync(file, JSON.stringify(withHostile(bundledFile, hostile)));
    expect(() => readValidCampaign(file, ROOT)).toThrow(`Invalid campaign ${file}: ${hostile.error}`);
    try {
      readValidCampaign(file, ROOT);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
      expect((error as Error).stack).toBe((error as Error).message);
    }
  });

  it('a file that starts with a byte order mark', () => {
    const file = join(temp, 'bom.json');
    writeFileSync(file, `\uFEFF${JSON.stringify(bundledFile)}`);
    expect(() => readValidCampaign(file, ROOT)).toThrow(
      `Invalid campaign ${file}: the file starts with a byte order mark (U+FEFF)`,
    );
  });
});

describe('an invalid campaign fails the real build with one line naming the file and the field', () => {
  const cases = [
    ['a Bitcoin address with a wrong checksum', 'donations.2.account', '1EKGZT2iMjNKHz8oVt7svXpUdcPAXkRBAG'],
    ...['BOM before the Bitcoin address', 'a donation id "constructor"', 'markup in the bundled text'].map((name) => {
      const hostile = HOSTILE_CAMPAIGNS.find((c) => c.name === name);
      if (!hostile) throw new Error(name);
      return [name, hostile.path, hostile.value] as const;
    }),
  ] as const;
  const expected: Record<string, string> = {
    'a Bitcoin address with a wrong checksum': 'donations[2].account: Bitcoin address checksum does not match',
    ...Object.fromEntries(HOSTILE_CAMPAIGNS.map((c) => [c.name, c.error])),
  };

  it.each(cases)(
    '%s',
    async (name, path, value) => {
      const file = campaignFile(`${name.replace(/\W+/g, '-')}.json`, path, value);
      const outDir = join(temp, name.replace(/\W+/g, '-'));
      const { code, output } = await build(file, outDir);
      expect(code).not.toBe(0);
      const line = output.split('\n').find((l) => l.includes('Invalid campaign'));
      expect(line).toContain(`Invalid campaign ${file}: ${expected[name]}`);
      // One line, not a stack: nothing below it names a source file.
      expect(output).not.toMatch(/\n\s+at .*\.(ts|js|mjs):\d+/);
      expect(existsSync(join(outDir, 'chrome-mv3', 'manifest.json'))).toBe(false);
    },
    BUILD_TIMEOUT,
  );
});
