import { describe, expect, it } from 'vitest';
import { openLibrary } from '../library/library.js';
import { createMemoryStore } from '../store/memory-store.js';
import { createApp } from './app.js';
import { createJobRegistry } from './jobs.js';
import { serverUrl, startServer } from './server.js';

describe('startServer', () => {
  it('binds a free port on loopback, answers, and closes', async () => {
    const library = await openLibrary({ store: await createMemoryStore() });
    const server = await startServer({ app: createApp({ library }), port: 0 });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
    const res = await fetch(`${server.url}/healthz`);
    expect(await res.json()).toEqual({ status: 'ok' });
    await server.close();
    await server.close(); // twice is harmless
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });

  it('closes while a browser still follows a job\'s event stream', async () => {
    const library = await openLibrary({ store: await createMemoryStore() });
    const jobs = createJobRegistry({ log: () => {} });
    let release: () => void = () => {};
    const job = jobs.submit(() => new Promise<void>((resolve) => (release = resolve)));
    const server = await startServer({ app: createApp({ library, jobs }), port: 0, graceMs: 0 });
    const res = await fetch(`${server.url}/api/jobs/${job.id}/events`);
    const reader = res.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toMatch(/event: progress/);
    await server.close();
    await expect(reader.read()).rejects.toThrow();
    release();
    await jobs.idle();
  });

  it('rejects when the port is taken', async () => {
    const library = await openLibrary({ store: await createMemoryStore() });
    const first = await startServer({ app: createApp({ library }), port: 0 });
    await expect(startServer({ app: createApp({ library }), port: first.port })).rejects.toThrow(/EADDRINUSE/);
    await first.close();
  });

  it.each([
    ['127.0.0.1', 'http://127.0.0.1:80'],
    ['::1', 'http://[::1]:80'],
    ['0.0.0.0', 'http://127.0.0.1:80'],
    ['localhost', 'http://localhost:80'],
  ])('writes the URL of %s', (host, url) => {
    expect(serverUrl(host, 80)).toBe(url);
  });
});
