import { toSvgPath } from 'lean-qr/extras/svg';
import { correction, generate } from 'lean-qr/nano';

/** Modules of white around the code: the quiet zone scanners need, kept white in dark mode too. */
const QUIET = 4;

/** A QR code as an inline SVG path, rendered at build time with the rest of the popup. */
export function QrCode({ data, label, size = 148 }: { data: string; label: string; size?: number }) {
  const code = generate(data, { minCorrectionLevel: correction.M });
  const box = code.size + 2 * QUIET;
  return (
    <svg
      class="qr"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`${-QUIET} ${-QUIET} ${box} ${box}`}
      shape-rendering="crispEdges"
      data-qr={data}
    >
      <rect x={-QUIET} y={-QUIET} width={box} height={box} fill="#fff" />
      <path d={toSvgPath(code)} fill="#000" />
    </svg>
  );
}
