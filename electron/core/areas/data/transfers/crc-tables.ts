/**
 * Table-driven CRCs for what Node's zlib does not offer: CRC32 where `zlib.crc32` is missing
 * (Node before 20.15), CRC32C, and CRC64NVME (S3's default full-object checksum since 2024).
 * All three are reflected CRCs, so one byte-at-a-time loop per width serves them.
 */

/** A reflected 32-bit CRC with the given (reversed) polynomial, continuable from a previous value. */
export function reflectedCrc32(reversedPoly: number): (data: Uint8Array, previous?: number) => number {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ reversedPoly : c >>> 1;
    table[n] = c >>> 0;
  }
  return (data, previous = 0) => {
    let crc = ~previous >>> 0;
    for (let i = 0; i < data.length; i++) crc = (table[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8);
    return ~crc >>> 0;
  };
}

export const crc32Table = reflectedCrc32(0xedb88320);
export const crc32c = reflectedCrc32(0x82f63b78);

// CRC64NVME (reversed polynomial 0x9a6c9329ac4bc9b5) on two 32-bit halves: BigInt per byte is far slower.
// The sandbox has its own copy on purpose: core never imports the emulator, and the two agreeing is a check.
const POLY_HI = 0x9a6c9329;
const POLY_LO = 0xac4bc9b5;
const TABLE_HI = new Uint32Array(256);
const TABLE_LO = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let hi = 0;
  let lo = n;
  for (let k = 0; k < 8; k++) {
    const carry = lo & 1;
    lo = ((lo >>> 1) | ((hi & 1) << 31)) >>> 0;
    hi = hi >>> 1;
    if (carry) {
      hi = (hi ^ POLY_HI) >>> 0;
      lo = (lo ^ POLY_LO) >>> 0;
    }
  }
  TABLE_HI[n] = hi;
  TABLE_LO[n] = lo;
}

/** CRC64NVME continued over `data` from a previous state ([hi, lo], the finished value of the bytes so far). */
export function crc64nvme(data: Uint8Array, previous: readonly [number, number] = [0, 0]): [number, number] {
  let hi = ~previous[0] >>> 0;
  let lo = ~previous[1] >>> 0;
  for (let i = 0; i < data.length; i++) {
    const index = (lo ^ (data[i] as number)) & 0xff;
    lo = ((lo >>> 8) | ((hi & 0xff) << 24)) >>> 0;
    hi = hi >>> 8;
    hi = (hi ^ (TABLE_HI[index] as number)) >>> 0;
    lo = (lo ^ (TABLE_LO[index] as number)) >>> 0;
  }
  return [~hi >>> 0, ~lo >>> 0];
}
