import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionDir, ROOT } from '../support/paths';
import { packagePath, readZip } from '../support/store-packages';

const filesUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();

describe.each(['chrome', 'firefox'] as const)('the %s package', (browser) => {
  it('holds exactly the production build, byte for byte', async () => {
    const zip = await readZip(packagePath(browser));
    const dir = extensionDir(browser, 'production');
    expect([...zip.keys()].sort()).toEqual(filesUnder(dir));
    for (const [path, content] of zip) expect(content.equals(readFileSync(join(dir, path))), path).toBe(true);
  });
});

describe.each(['en', 'ru', 'nl', 'de'])('the %s name and description', (lang) => {
  // The Chrome Web Store refuses an upload whose description exceeds 132 characters; AMO caps names at 50.
  it('fit the stores: name up to 50 characters, description up to 132', () => {
    const messages = JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8'));
    expect([...messages.extName.message].length).toBeLessThanOrEqual(50);
    expect([...messages.extDescription.message].length).toBeLessThanOrEqual(132);
  });
});

describe('the sources package for addons.mozilla.org', async () => {
  const zip = await readZip(packagePath('sources'));
  const paths = [...zip.keys()];

  it('has what a reviewer needs to rebuild: lockfile, config, sources, licence, instructions', () => {
    for (const path of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'LICENSE', 'README.md'])
      expect(paths).toContain(path);
    expect(paths).toContain('scripts/build-for-amo.sh');
    expect(paths).toContain('assets/campaign.json');
    expect(paths.some((p) => p.startsWith('entrypoints/'))).toBe(true);
  });

  it('has no stray file: no tests, no builds, no dependencies, no dotfiles', () => {
    const stray = paths.filter(
      (p) =>
        /(^|\/)(tests|node_modules|\.output[^/]*|\.wxt|bench|docs)\//.test(p) ||
        /\.test\.|(^|\/)\./.test(p) ||
        !/^(package(-lock)?\.json|tsconfig\.json|wxt\.config\.ts|[A-Z]+\.md|LICENSE|(assets|components|entrypoints|public|scripts|utils)\/.+)$/.test(
          p,
        ),
    );
    expect(stray).toEqual([]);
  });

  it('carries each file as it is in the repository', () => {
    for (const [path, content] of zip) expect(content.equals(readFileSync(join(ROOT, path))), path).toBe(true);
  });
});
