import { EMPTY_OVERRIDE_FORM, validateOverrideForm } from './override-form';

describe('validateOverrideForm', () => {
  it('turns minutes into seconds and normalises the login', () => {
    const result = validateOverrideForm({
      login: ' Ten@CoQuan.gov.vn ',
      extraMinutes: 10,
      extraAttempts: 0,
      reason: 'Mất điện khi đang làm bài',
    });
    expect(result).toEqual({
      ok: true,
      request: {
        login: 'ten@coquan.gov.vn',
        extraSeconds: 600,
        extraAttempts: 0,
        reason: 'Mất điện khi đang làm bài',
      },
    });
  });

  it('needs extra time or an extra attempt, and a reason', () => {
    const result = validateOverrideForm({ ...EMPTY_OVERRIDE_FORM, login: '0912345678', reason: 'x' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.sort()).toEqual(['extraMinutes', 'reason']);
  });
});
