import type { IncomingMessage } from 'node:http';
import type { Readable, Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Failure } from './failure.js';

const MB = 1024 * 1024;

function tooLarge(maxBytes: number, what: string): Failure {
  return { ruleId: 'fetch/too-large', reason: `${what} exceeds the ${+(maxBytes / MB).toFixed(2)} MB limit; this is not a single article or feed — raise maxBytes if it really is` };
}

/** The decompressor for a Content-Encoding, null for identity, a Failure for one we do not speak. */
function decoderFor(encoding: string | undefined): Transform | null | Failure {
  const name = (encoding ?? 'identity').trim().toLowerCase();
  if (name === 'identity' || name === '') return null;
  if (name === 'gzip' || name === 'x-gzip') return createGunzip();
  if (name === 'deflate') return createInflate();
  if (name === 'br') return createBrotliDecompress();
  return { ruleId: 'fetch/encoding', reason: `the server sent the body with Content-Encoding "${name}", which Parallax cannot decode (expected gzip, deflate, br or none)` };
}

/**
 * Reads a response body, refusing more than `maxBytes` after decompression — checked against
 * Content-Length first, then while streaming, so an endless or decompression-bomb body is cut
 * off after about `maxBytes` and memory stays bounded. Aborts when the signal does.
 */
export function readBody(response: IncomingMessage, maxBytes: number, signal: AbortSignal): Promise<Buffer | Failure> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    return Promise.resolve(tooLarge(maxBytes, `the body (Content-Length ${(declared / MB).toFixed(1)} MB)`));
  }
  const decoder = decoderFor(response.headers['content-encoding']);
  if (decoder && 'ruleId' in decoder) {
    response.destroy();
    return Promise.resolve(decoder);
  }
  const source: Readable = decoder ? response.pipe(decoder) : response;
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (value: Buffer | Failure) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      if ('ruleId' in value) {
        response.destroy();
        decoder?.destroy();
      }
      resolve(value);
    };
    const onAbort = () => settle(signal.reason as Failure);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    source.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) settle(tooLarge(maxBytes, 'the body'));
      else chunks.push(chunk);
    });
    source.on('end', () => settle(Buffer.concat(chunks)));
    source.on('error', (error: NodeJS.ErrnoException) => {
      // With a decoder, `source` is the decoder (socket errors arrive on `response`, below).
      settle(decoder
        ? { ruleId: 'fetch/encoding', reason: `the compressed body could not be decoded (${error.message}); the server sent corrupt ${response.headers['content-encoding']} data` }
        : { ruleId: 'fetch/network', reason: `the connection broke while reading the body (${error.code ?? error.message}); try again` });
    });
    if (decoder) response.on('error', (error: NodeJS.ErrnoException) => settle({ ruleId: 'fetch/network', reason: `the connection broke while reading the body (${error.code ?? error.message}); try again` }));
    // A server that closes before the declared end: 'close' without 'end'.
    response.on('close', () => {
      if (!response.complete) settle({ ruleId: 'fetch/network', reason: 'the server closed the connection before the body ended; try again' });
    });
  });
}
