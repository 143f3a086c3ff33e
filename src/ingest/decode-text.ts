/**
 * CSV bytes → text. UTF-8 (with or without BOM) when the bytes are valid UTF-8; otherwise Thai Windows
 * encoding (TIS-620 / Windows-874, a superset), which is how Thai Excel saves "CSV" by default.
 */
const utf8 = new TextDecoder('utf-8', { fatal: true });
const thai = new TextDecoder('windows-874');

export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-874' } {
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' }; // the decoder drops a BOM
  } catch {
    return { text: thai.decode(bytes), encoding: 'windows-874' };
  }
}
