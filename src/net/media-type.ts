/** A Content-Type header taken apart. */
export interface ContentType {
  /** Lower-case `type/subtype`, or null when the header is missing or unreadable. */
  readonly mediaType: string | null;
  readonly charset: string | null;
}

export function parseContentType(header: string | undefined): ContentType {
  if (!header) return { mediaType: null, charset: null };
  const [type = '', ...params] = header.split(';');
  const mediaType = type.trim().toLowerCase();
  const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1]).find(Boolean) ?? null;
  return { mediaType: /^[\w.+-]+\/[\w.+-]+$/.test(mediaType) ? mediaType : null, charset: charset?.toLowerCase() ?? null };
}

/** Whether a media type is in an accept list; the list may hold `*\/*` or `type/*`. */
export function acceptsType(accept: readonly string[], mediaType: string | null): boolean {
  if (accept.includes('*/*')) return true;
  if (!mediaType) return false;
  return accept.includes(mediaType) || accept.includes(`${mediaType.split('/')[0]}/*`);
}
