import * as zlib from "zlib";

/** CRC-32 (IEEE 802.3), the checksum every ZIP entry carries: Node's own (20.15+), else computed here. */
const TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** CRC of `data`, continuing from `previous` (the CRC of the bytes before it) when the data comes in pieces. */
const native = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

export function crc32(data: Uint8Array, previous = 0): number {
  return native ? native(data, previous) : crc32Table(data, previous);
}

export function crc32Table(data: Uint8Array, previous = 0): number {
  let c = previous ^ -1;
  for (let i = 0; i < data.length; i++) c = TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
