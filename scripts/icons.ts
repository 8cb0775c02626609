import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/** Every size Chrome, Firefox and the stores ask for. */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

/**
 * Renders the one source image into each size, into `outDir`, and returns the
 * files. Rendered at build time so the PNGs can never drift from the SVG.
 */
export function renderIcons(svgPath: string, outDir: string): { size: number; file: string }[] {
  mkdirSync(outDir, { recursive: true });
  const svg = readFileSync(svgPath);
  const svgTime = statSync(svgPath).mtimeMs;
  return ICON_SIZES.map((size) => {
    const file = join(outDir, `${size}.png`);
    if (!existsSync(file) || statSync(file).mtimeMs < svgTime) {
      const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
      writeFileSync(file, png);
    }
    return { size, file };
  });
}
