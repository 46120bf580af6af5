import type { VoteAudit, VoteVoid } from '@contest/contracts';

import { isoToVnLocal } from '../../../lib/contest-time';

export type VoteAddress = VoteAudit['addresses'][number];
export type FreshWave = VoteAudit['freshWaves'][number];

/** The bounds of `voteVoidSchema.reason`: the reason is kept in the audit log beside the voided votes. */
export const MIN_VOID_REASON = 5;
export const MAX_VOID_REASON = 500;

export function voidReasonOk(reason: string): boolean {
  const length = reason.trim().length;
  return length >= MIN_VOID_REASON && length <= MAX_VOID_REASON;
}

/** What one void is aimed at: the live votes from one address, or of the accounts of one wave. */
export type VoidTarget =
  | { kind: 'address'; ip: string; votes: number; accounts: number }
  | { kind: 'wave'; registeredFrom: string; userIds: readonly number[]; votes: number; accounts: number };

export const addressTarget = ({ ip, votes, accounts }: VoteAddress): VoidTarget => ({
  kind: 'address',
  ip,
  votes,
  accounts,
});

export const waveTarget = ({ registeredFrom, userIds, votes, accounts }: FreshWave): VoidTarget => ({
  kind: 'wave',
  registeredFrom,
  userIds,
  votes,
  accounts,
});

/** The api takes exactly one of an address or a list of accounts, with the reason as typed (trimmed). */
export function voidRequest(target: VoidTarget, reason: string): VoteVoid {
  return target.kind === 'address'
    ? { ip: target.ip, reason: reason.trim() }
    : { userIds: [...target.userIds], reason: reason.trim() };
}

/** Rows that broke a rule come first, so what needs a look is at the top; the api's order otherwise. */
export function flaggedFirst<T extends { flagged: boolean }>(rows: readonly T[]): T[] {
  return [...rows.filter((row) => row.flagged), ...rows.filter((row) => !row.flagged)];
}

export function auditSummary(audit: VoteAudit): { flaggedAddresses: number; flaggedWaves: number } {
  return {
    flaggedAddresses: audit.addresses.filter((a) => a.flagged).length,
    flaggedWaves: audit.freshWaves.filter((w) => w.flagged).length,
  };
}

const SLOT_MS = 10 * 60_000;

/**
 * The 10 minutes a wave of accounts registered in, as a clock in Vietnam reads them:
 * { date: '05/12/2026', start: '14:20', end: '14:30' }.
 */
export function waveSlot(registeredFrom: string): { date: string; start: string; end: string } {
  const from = isoToVnLocal(registeredFrom);
  const to = isoToVnLocal(new Date(Date.parse(registeredFrom) + SLOT_MS).toISOString());
  const [year, month, day] = from.slice(0, 10).split('-');
  return { date: `${day}/${month}/${year}`, start: from.slice(11, 16), end: to.slice(11, 16) };
}
