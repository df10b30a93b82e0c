import { Inflate } from "fflate";
import * as zlib from "zlib";
import { crc32 } from "./crc32";
import { PackageError, XLSX_MSG } from "./messages";

/**
 * A ZIP archive read from its central directory, entries kept as raw bytes so that a writer can copy
 * every entry it does not change exactly as it was (local header, compressed data, data descriptor).
 */
export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the local header in the archive. */
  localOffset: number;
  /** Offset of the compressed data. */
  dataOffset: number;
  /** End of the entry's bytes (after the data descriptor, if any). */
  endOffset: number;
  /** The central directory record as it was. */
  central: Uint8Array;
}

export interface ZipArchive {
  data: Uint8Array;
  entries: ZipEntry[];
  byName: Map<string, ZipEntry>;
  /** The archive comment of the end record. */
  comment: Uint8Array;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_DESCRIPTOR = 0x08074b50;

const u16 = (d: Uint8Array, o: number): number => d[o] | (d[o + 1] << 8);
const u32 = (d: Uint8Array, o: number): number => (d[o] | (d[o + 1] << 8) | (d[o + 2] << 16) | (d[o + 3] << 24)) >>> 0;

function findEnd(data: Uint8Array): number {
  const min = Math.max(0, data.length - 22 - 0xffff);
  for (let o = data.length - 22; o >= min; o--) if (u32(data, o) === SIG_END) return o;
  throw new PackageError(XLSX_MSG.noZipEnd());
}

const decoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();
const latin1 = new TextDecoder("latin1");

/** Read the directory of a ZIP archive; every offset is checked, no data is inflated yet. */
export function readZip(data: Uint8Array): ZipArchive {
  const end = findEnd(data);
  const count = u16(data, end + 10);
  const cdSize = u32(data, end + 12);
  const cdOffset = u32(data, end + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new PackageError(XLSX_MSG.zip64());
  if (cdOffset + cdSize > end) throw new PackageError(XLSX_MSG.noZipEnd());
  const entries: ZipEntry[] = [];
  let o = cdOffset;
  for (let i = 0; i < count; i++) {
    if (o + 46 > end || u32(data, o) !== SIG_CENTRAL) throw new PackageError(XLSX_MSG.badCentral(i));
    const flags = u16(data, o + 8);
    const method = u16(data, o + 10);
    const crc = u32(data, o + 16);
    const compressedSize = u32(data, o + 20);
    const size = u32(data, o + 24);
    const nameLen = u16(data, o + 28);
    const extraLen = u16(data, o + 30);
    const commentLen = u16(data, o + 32);
    const localOffset = u32(data, o + 42);
    const recordEnd = o + 46 + nameLen + extraLen + commentLen;
    if (recordEnd > end) throw new PackageError(XLSX_MSG.badCentral(i));
    const nameBytes = data.subarray(o + 46, o + 46 + nameLen);
    const name = flags & 0x800 ? decoder.decode(nameBytes) : latin1.decode(nameBytes);
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff)
      throw new PackageError(XLSX_MSG.zip64());
    if (flags & 1) throw new PackageError(XLSX_MSG.encryptedEntry(name));
    if (localOffset + 30 > cdOffset || u32(data, localOffset) !== SIG_LOCAL)
      throw new PackageError(XLSX_MSG.badLocal(name));
    const dataOffset = localOffset + 30 + u16(data, localOffset + 26) + u16(data, localOffset + 28);
    let endOffset = dataOffset + compressedSize;
    if (endOffset > cdOffset) throw new PackageError(XLSX_MSG.badLocal(name));
    if (flags & 8) {
      // Data descriptor: optional signature, CRC, sizes (12 or 16 bytes).
      endOffset += endOffset + 4 <= cdOffset && u32(data, endOffset) === SIG_DESCRIPTOR ? 16 : 12;
      if (endOffset > cdOffset) throw new PackageError(XLSX_MSG.badLocal(name));
    }
    entries.push({
      name,
      method,
      crc,
      compressedSize,
      size,
      localOffset,
      dataOffset,
      endOffset,
      central: data.subarray(o, recordEnd),
    });
    o = recordEnd;
  }
  const comment = data.subarray(end + 22, end + 22 + u16(data, end + 20));
  return { data, entries, byName: new Map(entries.map((e) => [e.name, e])), comment };
}

/** The uncompressed bytes of an entry, CRC checked. */
export function entryBytes(zip: ZipArchive, entry: ZipEntry): Uint8Array {
  const raw = zip.data.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let out: Uint8Array;
  if (entry.method === 0) out = raw;
  else if (entry.method === 8) {
    try {
      out = zlib.inflateRawSync(raw);
    } catch {
      throw new PackageError(XLSX_MSG.badData(entry.name));
    }
  } else throw new PackageError(XLSX_MSG.unknownMethod(entry.name, entry.method));
  if (out.length !== entry.size || crc32(out) !== entry.crc) throw new PackageError(XLSX_MSG.crcMismatch(entry.name));
  return out;
}

const PIECE = 1 << 20;

export function entryText(zip: ZipArchive, entry: ZipEntry): string {
  return decoder.decode(entryBytes(zip, entry));
}

/** Check every entry's data against its CRC (except those read, and so checked, anyway): a damaged package is refused before anything is written. */
export function verifyZip(zip: ZipArchive, checkedLater: ReadonlySet<string> = new Set()): void {
  for (const e of zip.entries) if (!checkedLater.has(e.name)) entryBytes(zip, e);
}

/**
 * The uncompressed bytes of an entry handed over as they are inflated (the entry is never whole in
 * memory), `slice` compressed bytes at a time; size and CRC are checked at the end, so a consumer must
 * discard what it built on a throw. Once it has failed, every further call throws the same error.
 */
export function entryChunks(zip: ZipArchive, entry: ZipEntry, slice = INFLATE_SLICE): () => Uint8Array | null {
  const raw = zip.data.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  const queue: Uint8Array[] = [];
  let size = 0;
  let crc = 0;
  let fed = 0;
  let done = false;
  let failure: PackageError | null = null;
  const take = (chunk: Uint8Array): void => {
    size += chunk.length;
    crc = crc32(chunk, crc);
    queue.push(chunk);
  };
  if (entry.method !== 0 && entry.method !== 8)
    throw new PackageError(XLSX_MSG.unknownMethod(entry.name, entry.method));
  const inflater = new Inflate((chunk) => take(chunk));
  const fail = (error: PackageError): never => {
    failure = error;
    queue.length = 0;
    throw error;
  };
  return () => {
    if (failure) throw failure;
    while (queue.length === 0 && !done) {
      const next = Math.min(raw.length, fed + slice);
      const final = next === raw.length;
      if (entry.method === 0) take(raw.subarray(fed, next));
      else
        try {
          inflater.push(raw.subarray(fed, next), final);
        } catch {
          fail(new PackageError(XLSX_MSG.badData(entry.name)));
        }
      fed = next;
      if (final) {
        done = true;
        if (size !== entry.size || crc !== entry.crc) fail(new PackageError(XLSX_MSG.crcMismatch(entry.name)));
      }
    }
    return queue.shift() ?? null;
  };
}

/** Bytes handed to `onPiece` one slice at a time. */
export type PieceSource = (onPiece: (bytes: Uint8Array) => void) => void;

/**
 * Read an entry as it is inflated: `consume` gets its bytes a slice at a time. When the consumer fails
 * on a damaged entry (bytes altered read as malformed XML first), the rest is inflated and checked so
 * that the damage (bad data, CRC), not its symptom, is the reason given, as when the entry was whole.
 */
export function readEntry<T>(zip: ZipArchive, entry: ZipEntry, consume: (pieces: PieceSource) => T): T {
  const next = entryChunks(zip, entry);
  try {
    return consume((onPiece) => {
      for (let chunk = next(); chunk !== null; chunk = next()) onPiece(chunk);
    });
  } catch (e) {
    if (e instanceof PackageError) while (next() !== null);
    throw e;
  }
}

const INFLATE_SLICE = 1 << 13;

/** A part compressed beforehand (by a DeflateSink). */
export interface Deflated {
  compressed: Uint8Array[];
  size: number;
  crc: number;
}

/** New content of an entry: bytes, text in pieces (encoded and compressed piece by piece), or deflated already. */
export type EntryContent = Uint8Array | readonly string[] | Deflated;

/**
 * Deflate text pieces without joining them: pieces are gathered until they reach a slice, which is
 * compressed on its own and flushed to a byte boundary (Z_SYNC_FLUSH), the last one finishes the
 * stream; together they are one valid deflate stream, and memory stays at one slice, not the whole part.
 */
export class DeflateSink {
  private readonly out: Deflated = { compressed: [], size: 0, crc: 0 };
  // Pieces are encoded as they come (a string gathered over a slice would outlive the young generation).
  private pending = new Uint8Array(4 * PIECE);
  private used = 0;
  private chars = 0;

  push(piece: string): void {
    this.chars += piece.length;
    if (this.used + 3 * piece.length > this.pending.length) {
      const larger = new Uint8Array(Math.max(2 * this.pending.length, this.used + 3 * piece.length));
      larger.set(this.pending.subarray(0, this.used));
      this.pending = larger;
    }
    this.used += encoder.encodeInto(piece, this.pending.subarray(this.used)).written;
    if (this.chars >= PIECE) {
      this.deflate(this.pending.subarray(0, this.used), false);
      this.used = 0;
      this.chars = 0;
    }
  }

  /** Finish the stream (with `last` as its final bytes instead of the pending text, when given). */
  finish(last?: Uint8Array): Deflated {
    this.deflate(last ?? this.pending.subarray(0, this.used), true);
    this.used = 0;
    this.chars = 0;
    return this.out;
  }

  private deflate(bytes: Uint8Array, final: boolean): void {
    this.out.size += bytes.length;
    this.out.crc = crc32(bytes, this.out.crc);
    this.out.compressed.push(
      zlib.deflateRawSync(bytes, {
        level: 6,
        finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
      })
    );
  }
}

function deflatePieces(content: EntryContent): Deflated {
  if (content instanceof Uint8Array) return new DeflateSink().finish(content);
  if (!Array.isArray(content)) return content as Deflated;
  const sink = new DeflateSink();
  for (const piece of content as readonly string[]) sink.push(piece);
  return sink.finish();
}

function header(size: number): { bytes: Uint8Array; view: DataView } {
  const bytes = new Uint8Array(size);
  return { bytes, view: new DataView(bytes.buffer) };
}

/**
 * The archive again, in the same entry order: entries in `replace` get new data (deflated), entries
 * mapped to null are left out, every other entry is copied byte for byte (local header, data,
 * descriptor, central record).
 */
export function writeZip(zip: ZipArchive, replace: ReadonlyMap<string, EntryContent | null>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of zip.entries) {
    const next = replace.get(e.name);
    if (next === null) continue;
    if (next === undefined) {
      chunks.push(zip.data.subarray(e.localOffset, e.endOffset));
      const central = new Uint8Array(e.central);
      new DataView(central.buffer, central.byteOffset).setUint32(42, offset, true);
      centrals.push(central);
      offset += e.endOffset - e.localOffset;
      continue;
    }
    const name = encoder.encode(e.name);
    const { compressed: pieces, size, crc } = deflatePieces(next);
    const compressedLength = pieces.reduce((n, p) => n + p.length, 0);
    const old = new DataView(e.central.buffer, e.central.byteOffset);
    const local = header(30 + name.length);
    local.view.setUint32(0, SIG_LOCAL, true);
    local.view.setUint16(4, 20, true);
    local.view.setUint16(6, 0x800, true);
    local.view.setUint16(8, 8, true);
    local.view.setUint16(10, old.getUint16(12, true), true);
    local.view.setUint16(12, old.getUint16(14, true), true);
    local.view.setUint32(14, crc, true);
    local.view.setUint32(18, compressedLength, true);
    local.view.setUint32(22, size, true);
    local.view.setUint16(26, name.length, true);
    local.bytes.set(name, 30);
    const central = header(46 + name.length);
    central.view.setUint32(0, SIG_CENTRAL, true);
    central.view.setUint16(4, old.getUint16(4, true), true);
    central.view.setUint16(6, 20, true);
    central.view.setUint16(8, 0x800, true);
    central.view.setUint16(10, 8, true);
    central.view.setUint16(12, old.getUint16(12, true), true);
    central.view.setUint16(14, old.getUint16(14, true), true);
    central.view.setUint32(16, crc, true);
    central.view.setUint32(20, compressedLength, true);
    central.view.setUint32(24, size, true);
    central.view.setUint16(28, name.length, true);
    central.view.setUint32(38, old.getUint32(38, true), true);
    central.view.setUint32(42, offset, true);
    central.bytes.set(name, 46);
    chunks.push(local.bytes, ...pieces);
    centrals.push(central.bytes);
    offset += local.bytes.length + compressedLength;
  }
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = header(22 + zip.comment.length);
  end.view.setUint32(0, SIG_END, true);
  end.view.setUint16(8, centrals.length, true);
  end.view.setUint16(10, centrals.length, true);
  end.view.setUint32(12, cdSize, true);
  end.view.setUint32(16, offset, true);
  end.view.setUint16(20, zip.comment.length, true);
  end.bytes.set(zip.comment, 22);
  const out = new Uint8Array(offset + cdSize + end.bytes.length);
  let at = 0;
  for (const c of [...chunks, ...centrals, end.bytes]) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
