import vi from '../../../locales/vi.json';
import { AUDIT_ACTIONS, auditLabel } from './audit-labels';

describe('audit labels', () => {
  it('words every action the api records, in the locale', () => {
    const actions: Record<string, Record<string, string>> = vi.organizer.audit.actions;
    for (const action of AUDIT_ACTIONS) {
      const [entity, verb] = action.split('.');
      expect({ action, text: actions[entity]?.[verb] }).toEqual({ action, text: expect.any(String) });
    }
  });

  it('reads a round being finalised as that round', () => {
    expect(auditLabel({ action: 'round.finalise', entityType: 'finalisation', entityId: 5 })).toEqual({
      action: 'round.finalise',
      entityType: 'finalisation',
      entityId: 5,
    });
  });

  it('reads an older "prize.publish" row as the publish of the round, not of a prize', () => {
    expect(auditLabel({ action: 'prize.publish', entityType: 'prize', entityId: 5 })).toEqual({
      action: 'round.publish',
      entityType: 'round',
      entityId: 5,
    });
  });

  it('words the stage and initiative actions rather than showing their codes', () => {
    const recorded = [
      'stage.create',
      'stage.window',
      'stage.advance',
      'stage.votes_void',
      'initiative.create',
      'initiative.send',
      'initiative.forward',
      'initiative.return',
      'attachment.add',
      'attachment.remove',
      'originality.decide',
      'register.import',
    ];
    for (const action of recorded)
      expect(auditLabel({ action, entityType: 'entry', entityId: 1 }).action).toBe(action);
  });

  it('leaves an action it does not know to be shown as recorded', () => {
    expect(auditLabel({ action: 'unit.split', entityType: 'unit', entityId: null }).action).toBeNull();
  });
});
