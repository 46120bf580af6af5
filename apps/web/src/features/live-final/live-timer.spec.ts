import type { LiveTimer } from '@contest/contracts';

import { countdownText, timerRemainingMs, timerState, timerTone } from './live-timer';

const NOW = Date.parse('2026-05-01T08:00:00.000Z');

const running: LiveTimer = {
  seconds: 300,
  running: true,
  remainingMs: 300_000,
  endsAt: '2026-05-01T08:02:00.000Z',
};
const paused: LiveTimer = { seconds: 300, running: false, remainingMs: 61_500, endsAt: null };
const ready: LiveTimer = { seconds: 300, running: false, remainingMs: 300_000, endsAt: null };

describe('timerRemainingMs', () => {
  it('counts a running timer down to its end in server time', () => {
    expect(timerRemainingMs(running, NOW)).toBe(120_000);
    expect(timerRemainingMs(running, NOW + 119_250)).toBe(750);
  });

  it('never goes below zero once the end has passed', () => {
    expect(timerRemainingMs(running, NOW + 130_000)).toBe(0);
  });

  it('holds what is left while paused, whatever the time', () => {
    expect(timerRemainingMs(paused, NOW)).toBe(61_500);
    expect(timerRemainingMs(paused, NOW + 3_600_000)).toBe(61_500);
  });
});

describe('timerState and tone', () => {
  it('tells a timer not started yet from a paused one, a running one and one at zero', () => {
    expect(timerState(ready, 300_000)).toBe('ready');
    expect(timerState(paused, 61_500)).toBe('paused');
    expect(timerState(running, 120_000)).toBe('running');
    expect(timerState(running, 0)).toBe('ended');
    expect(timerState({ ...paused, remainingMs: 0 }, 0)).toBe('ended');
  });

  it('warns in the last thirty seconds', () => {
    expect(timerTone(30_001)).toBe('calm');
    expect(timerTone(30_000)).toBe('warning');
    expect(timerTone(1)).toBe('warning');
    expect(timerTone(0)).toBe('ended');
  });
});

describe('countdownText', () => {
  it('shows a second until it has fully passed, as a wall clock does', () => {
    expect(countdownText(300_000)).toBe('05:00');
    expect(countdownText(299_001)).toBe('05:00');
    expect(countdownText(299_000)).toBe('04:59');
    expect(countdownText(400)).toBe('00:01');
    expect(countdownText(0)).toBe('00:00');
    expect(countdownText(-5)).toBe('00:00');
    expect(countdownText(3_600_000)).toBe('1:00:00');
  });
});
