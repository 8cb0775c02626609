import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { type FixtureServer, type Route, startServer } from '../tests/support/local-server';
import { ROOT } from '../tests/support/paths';

const OUT = join(ROOT, 'bench/out');

/** Bundles the fixture page (a textarea and a real Lexical editor) into bench/out. */
export async function buildFixturePage(): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  await build({
    entryPoints: [join(ROOT, 'bench/fixtures/page.ts')],
    bundle: true,
    format: 'esm',
    minify: true,
    outfile: join(OUT, 'page.js'),
    logLevel: 'warning',
  });
  copyFileSync(join(ROOT, 'bench/fixtures/page.html'), join(OUT, 'page.html'));
  return OUT;
}

/** Serves the fixture page at /page.html, `root` for everything else, and `extra` routes first. */
export async function startFixtureServer(root: string, extra: Route[] = []): Promise<FixtureServer> {
  const fixture = await buildFixturePage();
  const fixtureRoute: Route = async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path !== '/page.html' && path !== '/page.js') return false;
    const { readFile } = await import('node:fs/promises');
    res.writeHead(200, { 'content-type': path.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' });
    res.end(await readFile(join(fixture, path)));
    return true;
  };
  return startServer({ root, routes: [...extra, fixtureRoute] });
}
