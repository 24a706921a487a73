import { describe, expect, it } from 'vitest';
import { createHostScheduler } from './politeness.js';
import { fakeClock, settle } from './test-support.js';

describe('createHostScheduler', () => {
  it('spaces two requests to one host by the delay while another host goes at once', async () => {
    const clock = fakeClock(10_000);
    const scheduler = createHostScheduler({ minDelayMs: 1000, clock: clock.now, sleep: clock.sleep });
    const started: Record<string, number> = {};
    const task = (name: string) => async () => {
      started[name] = clock.now();
      return name;
    };
    const a1 = scheduler.run('https://gazette.test/one', task('a1'));
    const a2 = scheduler.run('https://gazette.test/two', task('a2'));
    const b1 = scheduler.run('https://courier.test/one', task('b1'));
    await settle();
    expect(started).toEqual({ a1: 10_000, b1: 10_000 });
    await clock.advance(999);
    expect(started.a2).toBeUndefined();
    await clock.advance(1);
    expect(started.a2).toBe(11_000);
    expect(await Promise.all([a1, a2, b1])).toEqual(['a1', 'a2', 'b1']);
  });

  it('runs one request per host at a time by default', async () => {
    const clock = fakeClock();
    const scheduler = createHostScheduler({ minDelayMs: 0, clock: clock.now, sleep: clock.sleep });
    let finishFirst!: () => void;
    const order: string[] = [];
    const first = scheduler.run('http://gazette.test/a', () => new Promise<void>((resolve) => {
      order.push('first started');
      finishFirst = resolve;
    }));
    const second = scheduler.run('http://gazette.test/b', async () => void order.push('second started'));
    await settle();
    expect(order).toEqual(['first started']);
    finishFirst();
    await Promise.all([first, second]);
    expect(order).toEqual(['first started', 'second started']);
  });

  it('raises one host\'s delay (Crawl-delay) but never below the minimum, and releases the slot when a task fails', async () => {
    const clock = fakeClock();
    const scheduler = createHostScheduler({ minDelayMs: 1000, clock: clock.now, sleep: clock.sleep });
    scheduler.setHostDelay('http://gazette.test/', 5000);
    scheduler.setHostDelay('http://courier.test/', 10);
    expect(scheduler.hostDelay('http://gazette.test/x')).toBe(5000);
    expect(scheduler.hostDelay('http://courier.test/x')).toBe(1000);
    await expect(scheduler.run('http://gazette.test/a', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    let started = -1;
    const next = scheduler.run('http://gazette.test/b', async () => void (started = clock.now()));
    await clock.advance(4999);
    expect(started).toBe(-1);
    await clock.advance(1);
    await next;
    expect(started).toBe(5000);
  });

  it('spaces starts even with several requests per host in flight', async () => {
    const clock = fakeClock();
    const scheduler = createHostScheduler({ minDelayMs: 1000, maxConcurrentPerHost: 2, clock: clock.now, sleep: clock.sleep });
    const starts: number[] = [];
    const never = () => new Promise<void>(() => void starts.push(clock.now()));
    void scheduler.run('http://gazette.test/1', never);
    void scheduler.run('http://gazette.test/2', never);
    void scheduler.run('http://gazette.test/3', never);
    await clock.advance(0);
    await clock.advance(1000);
    await clock.advance(1000);
    expect(starts).toEqual([0, 1000]); // the third waits for a free slot
  });
});
