import { describe, expect, it } from 'vitest';
import { createJobRegistry, type JobProgress, type JobView } from './jobs.js';

/** A promise resolved from outside: lets a test hold a job mid-run without timers. */
function gate() {
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

const ids = () => {
  let n = 0;
  return () => `j-${++n}`;
};

describe('job registry', () => {
  it('runs jobs one at a time, in the order they were submitted', async () => {
    const jobs = createJobRegistry({ newId: ids(), log: () => {} });
    const order: string[] = [];
    const first = gate();
    const a = jobs.submit(async () => {
      order.push('a start');
      await first.opened;
      order.push('a end');
    });
    const b = jobs.submit(async () => void order.push('b'));
    expect([a.status, b.status]).toEqual(['queued', 'queued']);
    await Promise.resolve();
    await Promise.resolve();
    expect(jobs.get('j-1')?.status).toBe('running');
    expect(jobs.get('j-2')?.status).toBe('queued');
    expect(jobs.pending()).toBe(2);
    first.open();
    await jobs.idle();
    expect(order).toEqual(['a start', 'a end', 'b']);
    expect(jobs.get('j-2')?.status).toBe('done');
    expect(jobs.pending()).toBe(0);
  });

  it('records progress: plan, results, messages, and the stories they joined', async () => {
    const jobs = createJobRegistry({ newId: ids(), clock: () => new Date('2031-01-01T00:00:00Z') });
    const seen: JobView[] = [];
    const hold = gate();
    let progress: JobProgress | undefined;
    const job = jobs.submit(async (p) => {
      progress = p;
      await hold.opened;
    });
    jobs.subscribe(job.id, (view) => seen.push(view));
    await Promise.resolve();
    await Promise.resolve();
    progress!.plan(3);
    progress!.result({ kind: 'added', source: 'a.txt', id: 'a', title: 'A', story: 's-1', newStory: true });
    progress!.result({ kind: 'duplicate', source: 'b.txt', id: 'b', title: null, by: 'url', story: 's-1' });
    progress!.message({ severity: 'warning', ruleId: 'extract/short-text', source: 'a.txt', reason: 'short' });
    progress!.result({ kind: 'rejected', source: 'c.txt', id: null, title: null, message: { severity: 'error', ruleId: 'ingest/empty', source: 'c.txt', reason: 'empty' } });
    hold.open();
    await jobs.idle();
    expect(jobs.get(job.id)).toMatchObject({ status: 'done', total: 3, done: 3, stories: ['s-1'], startedAt: '2031-01-01T00:00:00.000Z', finishedAt: '2031-01-01T00:00:00.000Z' });
    expect(seen.map((v) => `${v.status} ${v.done}/${v.total}`)).toEqual(['running 0/0', 'running 0/3', 'running 1/3', 'running 2/3', 'running 2/3', 'running 3/3', 'done 3/3']);
    // Nothing is called once a job has finished.
    expect(jobs.subscribe(job.id, () => expect.fail('called after the end'))).toBeTypeOf('function');
  });

  it('marks a job that throws as failed, logs it, and runs the next', async () => {
    const lines: string[] = [];
    const jobs = createJobRegistry({ newId: ids(), log: (l) => lines.push(l) });
    jobs.submit(async () => {
      throw new Error('boom');
    });
    const next = jobs.submit(async (p) => p.plan(0));
    await jobs.idle();
    expect(jobs.get('j-1')).toMatchObject({ status: 'failed', messages: [expect.objectContaining({ ruleId: 'serve/job-failed' })] });
    expect(jobs.get(next.id)?.status).toBe('done');
    expect(lines.join('')).toMatch(/job j-1 failed: Error: boom/);
  });

  it('forgets the oldest finished jobs beyond the number it keeps', async () => {
    const jobs = createJobRegistry({ newId: ids(), keep: 2 });
    for (let i = 0; i < 4; i++) jobs.submit(async () => {});
    await jobs.idle();
    expect(['j-1', 'j-2', 'j-3', 'j-4'].map((id) => jobs.get(id)?.status ?? null)).toEqual([null, null, 'done', 'done']);
  });
});
