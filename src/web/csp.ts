import { createHash } from 'node:crypto';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * A Content-Security-Policy that lets a page run only the inline style and scripts it carries,
 * pinned by their SHA-256: an injected `<script>` or `<style>` (should escaping ever fail) does
 * not run, and nothing is fetched from elsewhere. The server sends the same policy as a header.
 */
export function contentSecurityPolicy(styles: readonly string[], scripts: readonly string[]): string {
  return [
    "default-src 'none'",
    `style-src ${styles.length ? styles.map(hash).join(' ') : "'none'"}`,
    `script-src ${scripts.length ? scripts.map(hash).join(' ') : "'none'"}`,
    "img-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
  ].join('; ');
}
