/** The media types an attachment may have, each recognised by its first bytes (its magic number). */
export const SNIFFABLE_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'] as const;
export type SniffableType = (typeof SNIFFABLE_TYPES)[number];

const SIGNATURES: ReadonlyArray<{ readonly type: SniffableType; readonly bytes: readonly number[] }> = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/tiff', bytes: [0x49, 0x49, 0x2a, 0x00] }, // little-endian
  { type: 'image/tiff', bytes: [0x4d, 0x4d, 0x00, 0x2a] }, // big-endian
];

/** How many leading bytes sniffType needs. */
export const SNIFF_BYTES = 8;

/** The type the content is, by its magic number; null when it is none we know (whatever its name says). */
export function sniffType(head: Buffer): SniffableType | null {
  return SIGNATURES.find(({ bytes }) => head.length >= bytes.length && bytes.every((byte, index) => head[index] === byte))?.type ?? null;
}
