import { nestLogLevels } from './log-levels';

describe('nestLogLevels', () => {
  it('keeps the named level and everything more severe', () => {
    expect(nestLogLevels('warn')).toEqual(['fatal', 'error', 'warn']);
    expect(nestLogLevels('info')).toEqual(['fatal', 'error', 'warn', 'log']);
    expect(nestLogLevels('debug')).toContain('debug');
    expect(nestLogLevels('fatal')).toEqual(['fatal']);
  });
});
