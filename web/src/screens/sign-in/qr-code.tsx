import { encode } from 'uqr';

/** Modules of light margin around the code, as the QR standard asks. */
const QUIET_ZONE = 4;

/**
 * A QR code drawn as one SVG path from the module matrix (no HTML string is injected). The
 * caption next to it carries the same content as text, for whoever cannot scan.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { data, size } = encode(text, { ecc: 'M', border: 0 });
  let path = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) path += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`;
    });
  });
  const side = size + QUIET_ZONE * 2;
  return (
    <svg
      class="qr"
      viewBox={`0 0 ${side} ${side}`}
      role="img"
      aria-label={label}
      shape-rendering="crispEdges"
    >
      <rect width={side} height={side} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
