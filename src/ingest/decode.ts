/** What decoding bytes into text found. */
export type Decoded =
  | { readonly ok: true; readonly text: string; readonly note?: string }
  | { readonly ok: false; readonly reason: string };

/** Share of control characters above which a file is binary (chosen: text files have ~0; images/PDFs > 10%). */
const BINARY_CONTROL_SHARE = 0.02;
const SNIFF_BYTES = 8192;

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > BINARY_CONTROL_SHARE;
}

/** The charset a page declares in a `<meta charset>` or `http-equiv` tag, if any. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return match ? match[1]!.toLowerCase() : null;
}

/**
 * Decodes a file's bytes as text: a BOM or a declared charset first, then strict UTF-8, then
 * windows-1252 with a note (old saved pages). Binary content is refused with a reason.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty (0 bytes); expected an article as text, HTML or JSON' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes) };
  if (looksBinary(bytes)) {
    return { ok: false, reason: 'the file looks binary (NUL or control bytes), not text; expected an article as .txt, .md, .html, .json or .jsonl' };
  }
  const declared = declaredCharset(bytes);
  if (declared && !/^utf-?8$/.test(declared)) {
    try {
      return { ok: true, text: new TextDecoder(declared).decode(bytes) };
    } catch {
      // An unknown label falls through to UTF-8 detection.
    }
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: true,
      text: new TextDecoder('windows-1252').decode(bytes),
      note: 'the file is not valid UTF-8; it was read as windows-1252 — re-save it as UTF-8 if characters look wrong',
    };
  }
}
