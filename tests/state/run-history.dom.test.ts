import { describe, expect, it } from 'vitest';
import { createSafeStorage } from '../../src/lib/safe-storage';
import {
  compareRuns,
  createRunHistory,
  HISTORY_LIMIT,
  HISTORY_STORAGE_KEY,
  readRuns,
} from '../../src/state/run-history';
import type { Scores } from '../../src/quiz';

const scoresOf = (n: number): Scores => ({
  tech: n,
  communication: n,
  delegation: n,
  trust: n,
  supervision: n,
  procedures: n,
  teamwork: n,
});

const blocked = () =>
  createSafeStorage(() => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  });

describe('run history', () => {
  it('keeps every finished run with its date, oldest first, and only the last ten', () => {
    const history = createRunHistory(createSafeStorage());
    for (let i = 0; i < HISTORY_LIMIT + 2; i++)
      history.record(scoresOf(i), new Date(Date.UTC(2026, 0, i + 1)));
    const runs = history.list();
    expect(runs).toHaveLength(HISTORY_LIMIT);
    expect(runs[0]).toEqual({ date: '2026-01-03T00:00:00.000Z', scores: scoresOf(2) });
    expect(runs.at(-1)!.scores).toEqual(scoresOf(HISTORY_LIMIT + 1));
    // What a reload reads back is the same.
    expect(createRunHistory(createSafeStorage()).list()).toEqual(runs);
  });

  it('keeps the runs that are still readable and drops the damaged ones', () => {
    const good = { date: '2026-03-12T09:00:00.000Z', scores: scoresOf(50) };
    const raw = JSON.stringify({
      version: 1,
      runs: [
        good,
        { date: 'never', scores: scoresOf(1) },
        { date: good.date, scores: { tech: 101 } },
        7,
        null,
      ],
    });
    expect(readRuns(raw)).toEqual([good]);
    expect(readRuns('{not json')).toEqual([]);
    expect(readRuns('"a string"')).toEqual([]);
    expect(readRuns(null)).toEqual([]);
  });

  it('starts afresh over a damaged value when the next run finishes', () => {
    window.localStorage.setItem(HISTORY_STORAGE_KEY, '{broken');
    const history = createRunHistory(createSafeStorage());
    expect(history.list()).toEqual([]);
    history.record(scoresOf(60), new Date('2026-05-01T10:00:00Z'));
    expect(readRuns(window.localStorage.getItem(HISTORY_STORAGE_KEY))).toHaveLength(1);
  });

  it('is not offered, and records nothing, when the storage is blocked', () => {
    const history = createRunHistory(blocked());
    expect(history.available()).toBe(false);
    history.record(scoresOf(60));
    expect(history.list()).toEqual([]);
  });

  it('forgets everything on clear', () => {
    const history = createRunHistory(createSafeStorage());
    history.record(scoresOf(60));
    history.clear();
    expect(history.list()).toEqual([]);
    expect(window.localStorage.getItem(HISTORY_STORAGE_KEY)).toBeNull();
  });
});

describe('compareRuns', () => {
  const runs = [
    { date: '2026-01-01T00:00:00.000Z', scores: scoresOf(40) },
    { date: '2026-02-01T00:00:00.000Z', scores: scoresOf(50) },
    { date: '2026-03-01T00:00:00.000Z', scores: scoresOf(60) },
  ];

  it('compares the run on screen with the run just before it', () => {
    expect(compareRuns(runs, runs[2]!.date)).toEqual({ current: runs[2], previous: runs[1] });
    expect(compareRuns(runs, runs[1]!.date)).toEqual({ current: runs[1], previous: runs[0] });
  });

  it('has nothing to compare for the first run, a run it does not keep, or results opened from a link', () => {
    expect(compareRuns(runs, runs[0]!.date)).toEqual({ current: runs[0], previous: undefined });
    expect(compareRuns(runs, '2025-12-31T00:00:00.000Z')).toEqual({});
    expect(compareRuns(runs, undefined)).toEqual({});
  });

  it('tells two runs with the same scores apart by their date', () => {
    const twice = [...runs, { date: '2026-04-01T00:00:00.000Z', scores: scoresOf(50) }];
    expect(compareRuns(twice, runs[1]!.date)).toEqual({ current: runs[1], previous: runs[0] });
    expect(compareRuns(twice, twice[3]!.date)).toEqual({ current: twice[3], previous: runs[2] });
  });
});
