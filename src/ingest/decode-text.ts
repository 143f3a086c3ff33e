/**
 * CSV and text-table bytes → text. UTF-16 when the bytes start with its byte-order mark (LE FF FE, BE FE FF: Excel's
 * "Unicode text" export and some CSV exports); else UTF-8 (with or without BOM) when the bytes are valid UTF-8;
 * otherwise Thai Windows encoding (TIS-620 / Windows-874, a superset), which is how Thai Excel saves "CSV" by default.
 */
const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');
const thai = new TextDecoder('windows-874');

export type TextEncoding = 'utf-16le' | 'utf-16be' | 'utf-8' | 'windows-874';

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  // The decoders drop the BOM.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16le.decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16be.decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: thai.decode(bytes), encoding: 'windows-874' };
  }
}
