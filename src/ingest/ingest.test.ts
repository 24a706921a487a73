import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest, type IngestItem } from './ingest.js';

async function collect(inputs: string[], options = {}): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of ingest(inputs, options)) items.push(item);
  return items;
}
const docs = (items: IngestItem[]) => items.flatMap((i) => (i.kind === 'document' ? [i.doc] : []));
const messages = (items: IngestItem[]) => items.flatMap((i) => (i.kind === 'message' ? [i.message] : []));

const ARTICLE = 'Dam Talks Resume\nNegotiators met in Sarn on Monday for the first time since the spring floods.\n';

describe('ingest', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-ingest-'));
    writeFileSync(join(dir, 'good.txt'), ARTICLE);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.md'), '  \n\n ');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 talks\nThe caf\xe9 owners met.', 'latin1'));
    writeFileSync(join(dir, 'page.html.gz'), gzipSync('<html><body><h1>Dam</h1><p>Text</p></body></html>'));
    writeFileSync(join(dir, 'bad.html.gz'), Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3]));
    writeFileSync(join(dir, 'records.jsonl'), '{"id":"r1","title":"T","text":"Body."}\nnot json\n{"title":"no body"}\n[1]\n');
    writeFileSync(join(dir, 'one.json'), JSON.stringify({ title: 'Single', html: '<p>x</p>', published: '2026-03-04' }));
    writeFileSync(join(dir, 'broken.json'), '{"title": "cut off');
    writeFileSync(join(dir, 'photo.png'), 'x');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'good.txt'), ARTICLE);
  });

  it('reads a directory recursively, one document or one clear message per input', async () => {
    const items = await collect([dir]);
    expect(docs(items).map((d) => d.id).sort()).toEqual(['good', 'good-2', 'latin1', 'one', 'page', 'r1'].sort());
    const bySource = Object.fromEntries(messages(items).map((m) => [`${m.ruleId} ${m.source.slice(dir.length + 1)}`, m.severity]));
    expect(bySource).toMatchObject({
      'ingest/empty empty.txt': 'error',
      'ingest/empty blank.md': 'error',
      'ingest/binary binary.txt': 'error',
      'ingest/encoding latin1.txt': 'warning',
      'ingest/bad-gzip bad.html.gz': 'error',
      'ingest/invalid-json records.jsonl#1': 'error',
      'ingest/record-without-text records.jsonl#2': 'error',
      'ingest/record-not-object records.jsonl#3': 'error',
      'ingest/invalid-json broken.json': 'error',
      'ingest/duplicate-id sub/good.txt': 'warning',
    });
    expect(messages(items).find((m) => m.ruleId === 'ingest/skipped-files')?.reason).toContain('1 .png');
  });

  it('decodes windows-1252 text that is not UTF-8', async () => {
    const [doc] = docs(await collect([join(dir, 'latin1.txt')]));
    expect(doc?.content).toContain('Café');
  });

  it('takes JSON fields as given metadata and html as html', async () => {
    const [doc] = docs(await collect([join(dir, 'one.json')]));
    expect(doc).toMatchObject({ id: 'one', format: 'html', given: { title: 'Single', published: '2026-03-04' } });
  });

  it('reports a missing path and goes on to the next input', async () => {
    const items = await collect([join(dir, 'nope.txt'), join(dir, 'good.txt')]);
    expect(messages(items)[0]).toMatchObject({ severity: 'error', ruleId: 'ingest/unreadable' });
    expect(docs(items)).toHaveLength(1);
  });

  it('refuses inputs above the size limit with a fix', async () => {
    const big = join(dir, 'big.html');
    writeFileSync(big, `<html><body>${'<p>word </p>'.repeat(5_000_000)}</body></html>`); // ~55 MB
    const items = await collect([big, join(dir, 'good.txt')], { limits: { maxBytes: 50 * 1024 * 1024 } });
    expect(messages(items)[0]?.reason).toMatch(/above the 50 MB limit; raise it with --max-bytes/);
    expect(docs(items)).toHaveLength(1);
  });

  it('reads standard input and sniffs its format', async () => {
    const items = await collect(['-'], { readStdin: async () => new TextEncoder().encode('<!doctype html><p>hi</p>') });
    expect(docs(items)[0]).toMatchObject({ format: 'html', source: '-' });
    expect(docs(items)[0]?.id).toMatch(/^stdin-[0-9a-f]{12}$/);
  });

  it('handles a directory with thousands of files and caps it with a message', async () => {
    const many = join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < 2000; i++) writeFileSync(join(many, `a${String(i).padStart(4, '0')}.txt`), `Title ${i}\nBody ${i}.`);
    const items = await collect([many], { limits: { maxFiles: 1500 } });
    expect(docs(items)).toHaveLength(1500);
    expect(messages(items).map((m) => m.ruleId)).toContain('ingest/too-many-files');
  });

  it('fetches URLs: refuses a private address by default, reads the page with allowPrivate (a local server)', async () => {
    const server = createServer((req, res) => {
      if (req.url === '/robots.txt') return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html><head><title>Dam Talks Resume</title></head><body><article><h1>Dam Talks Resume</h1><p>Negotiators met in Sarn on Monday for the first time since the spring floods, officials said.</p></article></body></html>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/news/dam-talks`;
    try {
      const refused = await collect([url]);
      expect(messages(refused)[0]).toMatchObject({ severity: 'error', source: url });
      expect(messages(refused)[0]?.reason).toMatch(/not a public address/);
      const [doc] = docs(await collect([url], { fetch: { allowPrivate: true } }));
      expect(doc).toMatchObject({ format: 'html', origin: { url } });
      expect(doc?.content).toContain('Negotiators met in Sarn');
    } finally {
      server.close();
    }
  });
});
