import * as XLSX from 'xlsx';
import { type IssueCode, fileContentDetail, specialFileDetail } from '../lib/issues/messages';
import type { FileType, SpecialKind } from './discover';
import { MAX_FILE_BYTES, MAX_RATIO, MAX_UNCOMPRESSED_BYTES, RATIO_CHECK_ABOVE_BYTES } from './limits';

/**
 * Byte-level checks before a file reaches SheetJS: empty, too large, content that does not match the
 * extension, encrypted, zip bombs (declared sizes in the zip's central directory). SheetJS then only
 * ever sees bytes that are plausibly the workbook they claim to be.
 */
export interface Refusal {
  code: IssueCode;
  found?: string;
  detail?: Record<string, string | number>;
}

export type ReadAs = 'zip' | 'cfb' | 'text';

export type GuardResult = { ok: true; readAs: ReadAs } | { ok: false; refusal: Refusal };

const ZIP_LOCAL = 0x04034b50;
const ZIP_EOCD = 0x06054b50;
const ZIP_CENTRAL = 0x02014b50;
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}

export function tooLargeRefusal(size: number): Refusal {
  return { code: 'E_FILE_TOO_LARGE', found: formatBytes(size), detail: { limit: formatBytes(MAX_FILE_BYTES) } };
}

/** A named pipe, device or socket: listed, never opened. */
export function specialRefusal(kind: SpecialKind | undefined): Refusal {
  return { code: 'W_SPECIAL_FILE', detail: specialFileDetail(kind) };
}

/** Byte-order marks of UTF-16 text (Excel's "Unicode text" and some CSV exports): LE FF FE, BE FE FF. */
export function hasUtf16Bom(b: Uint8Array): boolean {
  return b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));
}

const u32 = (b: Uint8Array, i: number): number => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
const u16 = (b: Uint8Array, i: number): number => b[i]! | (b[i + 1]! << 8);

function isZip(b: Uint8Array): boolean {
  return b.length >= 4 && (u32(b, 0) === ZIP_LOCAL || u32(b, 0) === ZIP_EOCD);
}
function isCfb(b: Uint8Array): boolean {
  return b.length >= 8 && CFB_MAGIC.every((x, i) => b[i] === x);
}

/** What the first bytes look like, for the "the name says X but it is Y" message. */
function sniff(b: Uint8Array): 'html' | 'binary' | 'text' {
  const n = Math.min(b.length, 4096);
  let i = 0;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) i = 3;
  while (i < n && (b[i] === 0x20 || b[i] === 0x0a || b[i] === 0x0d || b[i] === 0x09)) i++;
  if (b[i] === 0x3c /* < */) return 'html';
  for (let k = 0; k < n; k++) if (b[k] === 0) return 'binary';
  return 'text';
}

/** Central directory sizes of a zip; a refusal when it is missing (truncated) or declares too much. */
function checkZip(b: Uint8Array): Refusal | undefined {
  const min = Math.max(0, b.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = b.length - 22; i >= min; i--) {
    if (b[i] === 0x50 && u32(b, i) === ZIP_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { code: 'E_FILE_CORRUPT' };
  const entries = u16(b, eocd + 10);
  const cdSize = u32(b, eocd + 12);
  const cdOffset = u32(b, eocd + 16);
  if (cdOffset + cdSize > eocd || entries === 0xffff || cdOffset === 0xffffffff) return { code: 'E_FILE_CORRUPT' };
  let total = 0;
  let p = cdOffset;
  for (let k = 0; k < entries; k++) {
    if (p + 46 > b.length || u32(b, p) !== ZIP_CENTRAL) return { code: 'E_FILE_CORRUPT' };
    const compressed = u32(b, p + 20);
    const size = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const name = new TextDecoder().decode(b.subarray(p + 46, p + 46 + nameLen));
    // ZIP64 (0xFFFFFFFF): above 4 GB declared; no office workbook of ours comes near it.
    if (size === 0xffffffff || compressed === 0xffffffff) {
      return { code: 'E_FILE_TOO_LARGE', found: '> 4 GB', detail: { limit: formatBytes(MAX_UNCOMPRESSED_BYTES) } };
    }
    total += size;
    if (size > RATIO_CHECK_ABOVE_BYTES && size > compressed * MAX_RATIO) {
      return {
        code: 'E_FILE_COMPRESSION',
        found: String(Math.round(size / Math.max(compressed, 1))),
        detail: { entry: name.slice(0, 60) },
      };
    }
    p += 46 + nameLen + u16(b, p + 30) + u16(b, p + 32);
  }
  if (total > MAX_UNCOMPRESSED_BYTES) {
    return { code: 'E_FILE_TOO_LARGE', found: formatBytes(total), detail: { limit: formatBytes(MAX_UNCOMPRESSED_BYTES) } };
  }
  return undefined;
}

/** An OLE/CFB container holding `EncryptionInfo` is an encrypted OOXML workbook (Office "Encrypt with password"). */
function isEncryptedCfb(b: Uint8Array): boolean {
  try {
    const cfb = XLSX.CFB.read(b, { type: 'buffer' });
    return cfb.FullPaths.some((p: string) => p.endsWith('/EncryptionInfo') || p.endsWith('/EncryptedPackage'));
  } catch {
    return false; // not a readable container: SheetJS will say so
  }
}

export type DataFileType = Exclude<FileType, 'lock' | 'system' | 'other' | 'link' | 'special'>;

export function guardBytes(b: Uint8Array, type: DataFileType): GuardResult {
  if (b.length === 0) return { ok: false, refusal: { code: 'E_FILE_EMPTY' } };
  if (b.length > MAX_FILE_BYTES) return { ok: false, refusal: tooLargeRefusal(b.length) };
  const ext = type === 'xlsx' ? '.xlsx' : `.${type}`;
  if (isZip(b)) {
    const bad = checkZip(b);
    return bad ? { ok: false, refusal: bad } : { ok: true, readAs: 'zip' };
  }
  if (isCfb(b)) {
    if (isEncryptedCfb(b)) return { ok: false, refusal: { code: 'E_FILE_ENCRYPTED' } };
    return { ok: true, readAs: 'cfb' };
  }
  const looks = sniff(b);
  if (type === 'csv' || type === 'txt') {
    if (hasUtf16Bom(b)) return { ok: true, readAs: 'text' };
    return looks === 'binary' ? { ok: false, refusal: { code: 'E_FILE_NOT_WORKBOOK', detail: { ext, ...fileContentDetail('binary') } } } : { ok: true, readAs: 'text' };
  }
  // Old systems export HTML or SpreadsheetML-2003 XML named .xls; SheetJS reads those.
  if (type === 'xls' && looks === 'html') return { ok: true, readAs: 'text' };
  return { ok: false, refusal: { code: 'E_FILE_NOT_WORKBOOK', detail: { ext, ...fileContentDetail(looks) } } };
}
