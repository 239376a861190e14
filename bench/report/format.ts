// Number, date and escaping helpers shared by the markdown and SVG renderers. Pure and
// locale-free, so BENCHMARKS.md and chart.svg come out byte-identical on every machine.

/** 54314.15 → "54,314"; 80.41 → "80.41"; 11 → "11"; 0.0037228 → "0.0037" (same rules as printFigures). */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (n === 0) return '0';
  const magnitude = Math.abs(n);
  if (magnitude >= 100) return groupThousands(Math.round(n));
  // Number(…) drops the trailing zeros toFixed leaves (11.00 → 11).
  if (magnitude >= 0.1) return String(Number(n.toFixed(2)));
  return n.toPrecision(2);
}

/** Thousands separators without toLocaleString, whose output depends on the ICU build. */
function groupThousands(integer: number): string {
  const digits = String(Math.abs(integer)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return integer < 0 ? `-${digits}` : digits;
}

export function formatRatio(ratio: number): string {
  return `${formatNumber(ratio)}×`;
}

/** "2026-11-22T02:37:06.430Z" → "2026-11-22 02:37 UTC"; anything that is not such a timestamp stays as written. */
export function formatRunDate(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d+)?)?Z$/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

/** Text from result files placed in markdown: characters that would start formatting, links, HTML or a table cell. */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[\\`*[\]<>|]/g, (char) => `\\${char}`)
      // An underscore inside a word (office_path) never starts emphasis in GitHub markdown; leaving it bare keeps identifiers greppable.
      .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\_')
      .replace(/\r?\n/g, ' ')
  );
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ENTITIES[char]);
}

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
