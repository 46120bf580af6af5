import { stageWindowToDraft, validateStageWindow } from './stage-window-form';

const stage = { name: 'Đơn vị xét chọn', opensAt: null, closesAt: '2026-12-20T10:00:00.000Z' };

describe('stage window form', () => {
  it('shows the window in Vietnam time, empty where none is set', () => {
    expect(stageWindowToDraft(stage)).toEqual({
      name: 'Đơn vị xét chọn',
      opensAt: '',
      closesAt: '2026-12-20T17:00',
    });
  });

  it('sends an untouched time back as the saved instant, a changed one with +07:00', () => {
    const draft = stageWindowToDraft(stage);
    expect(validateStageWindow(draft, stage, true)).toEqual({
      ok: true,
      window: { name: 'Đơn vị xét chọn', opensAt: null, closesAt: '2026-12-20T10:00:00.000Z' },
    });
    expect(validateStageWindow({ ...draft, closesAt: '2026-12-21T17:00' }, stage, true)).toMatchObject({
      ok: true,
      window: { closesAt: '2026-12-21T17:00:00+07:00' },
    });
  });

  it('requires the units deadline, a name, and a close after the opening', () => {
    expect(validateStageWindow({ name: 'A', opensAt: '', closesAt: '' }, null, true)).toEqual({
      ok: false,
      problems: ['closesAt', 'name'],
    });
    expect(validateStageWindow({ name: 'Sàng lọc', opensAt: '', closesAt: '' }, null, false)).toMatchObject({
      ok: true,
    });
    expect(
      validateStageWindow(
        { name: 'Sàng lọc', opensAt: '2026-12-21T08:00', closesAt: '2026-12-20T08:00' },
        null,
        false,
      ),
    ).toEqual({ ok: false, problems: ['closesAt'] });
    expect(
      validateStageWindow({ name: 'Sàng lọc', opensAt: '2026-02-31T08:00', closesAt: '' }, null, false),
    ).toEqual({ ok: false, problems: ['opensAt'] });
  });
});
