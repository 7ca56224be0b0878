/** FNV-1a: a stable 32-bit hash so simulated metrics and predictions are the same on every run. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A number in [0, 1) derived from the text. */
export function unitFrom(text: string): number {
  return hash32(text) / 0x1_0000_0000;
}

/** Hex digest-looking string (image digests, instance ids) derived from the text. */
export function hexFrom(text: string, length: number): string {
  let out = '';
  for (let i = 0; out.length < length; i++) out += hash32(`${text}#${i}`).toString(16).padStart(8, '0');
  return out.slice(0, length);
}
