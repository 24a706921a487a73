import { decodeBytes } from '../ingest/decode.js';
import type { Failure } from './failure.js';

/** The encoding an XML declaration names (`<?xml version="1.0" encoding="ISO-8859-1"?>`), if any. */
function xmlDeclaredEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  return /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([\w.-]+)["']/i.exec(head)?.[1]?.toLowerCase() ?? null;
}

function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return null; // an unknown label: fall back to what the bytes say
  }
}

/**
 * A response body as text. Order: the header's charset (the HTTP spec lets it override the
 * document), then an XML declaration's encoding (feeds), then ingest's own rules (BOM, `<meta
 * charset>`, strict UTF-8, windows-1252) so a fetched page reads exactly like the same page saved.
 */
export function decodeBody(bytes: Uint8Array, headerCharset: string | null): string | Failure {
  if (bytes.length === 0) return '';
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb) || bytes[0] === 0xff || bytes[0] === 0xfe;
  for (const label of [headerCharset, xmlDeclaredEncoding(bytes)]) {
    if (!label || hasBom || /^utf-?8$/.test(label)) continue;
    const text = tryDecode(bytes, label);
    if (text !== null) return text;
  }
  const decoded = decodeBytes(bytes);
  if (decoded.ok) return decoded.text;
  return { ruleId: 'fetch/binary', reason: 'the response looks binary (NUL or control bytes), not text; expected an HTML page or a feed' };
}
