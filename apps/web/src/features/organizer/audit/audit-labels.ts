import type { AuditEntity, AuditEntry } from '@contest/contracts';

/** The actions the api records, each worded under `organizer.audit.actions`. */
export const AUDIT_ACTIONS = [
  'contest.create',
  'contest.update',
  'round.update',
  'round.finalise',
  'round.refinalise',
  'round.publish',
  'override.grant',
  'question.create',
  'question.update',
  'question.import',
  'question.retire',
  'question.restore',
  'unit.create',
  'unit.update',
  'unit.headcount',
  'unit.merge',
  'unit.import',
  'unit.admin_add',
  'unit.admin_remove',
  'collective.rule',
  'collective.finalise',
  'collective.refinalise',
  'earlier.create',
  'earlier.delete',
  'track.create',
  'track.update',
  'entry.create',
  'entry.update',
  'entry.withdraw',
  'entry.accept',
  'entry.reject',
  'stage.create',
  'stage.update',
  'stage.window',
  'stage.auto_assign',
  'stage.assign',
  'stage.unassign',
  'stage.lock',
  'stage.publish',
  'stage.advance',
  'stage.votes_void',
  'score.save',
  'score.conflict',
  'initiative.create',
  'initiative.send',
  'initiative.forward',
  'initiative.return',
  'attachment.add',
  'attachment.remove',
  'originality.decide',
  'register.import',
  'live.order',
  'live.current',
  'live.timer',
  'live.scoring',
  'live.reveal',
  'interaction.update',
  'awards.rules',
  'awards.publish',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

const isKnownAction = (action: string): action is AuditAction =>
  (AUDIT_ACTIONS as readonly string[]).includes(action);

export interface AuditLabel {
  /** A known action to word, or null to show the recorded code as it is. */
  action: AuditAction | null;
  entityType: AuditEntity;
  entityId: number | null;
}

/**
 * What a row says. Publishing was first recorded as 'prize.publish' of a 'prize' whose id is the
 * round's: those older rows read as the publish of that round, like the rows written since.
 */
export function auditLabel(entry: Pick<AuditEntry, 'action' | 'entityType' | 'entityId'>): AuditLabel {
  if (entry.action === 'prize.publish')
    return { action: 'round.publish', entityType: 'round', entityId: entry.entityId };
  return {
    action: isKnownAction(entry.action) ? entry.action : null,
    entityType: entry.entityType,
    entityId: entry.entityId,
  };
}
