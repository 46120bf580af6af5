import { exportPercent, exportPollInterval, isExportFinished } from './export-progress';

describe('export progress', () => {
  it('shows whole percentages within 0…100, full once done', () => {
    expect(exportPercent({ status: 'running', progress: 0.456 })).toBe(46);
    expect(exportPercent({ status: 'running', progress: 1.4 })).toBe(100);
    expect(exportPercent({ status: 'queued', progress: -1 })).toBe(0);
    expect(exportPercent({ status: 'done', progress: 0.9 })).toBe(100);
  });

  it('polls every second until the job is done or failed', () => {
    expect(exportPollInterval(undefined)).toBe(1_000);
    expect(exportPollInterval({ status: 'queued' })).toBe(1_000);
    expect(exportPollInterval({ status: 'running' })).toBe(1_000);
    expect(exportPollInterval({ status: 'done' })).toBe(false);
    expect(exportPollInterval({ status: 'failed' })).toBe(false);
    expect(isExportFinished('running')).toBe(false);
  });
});
