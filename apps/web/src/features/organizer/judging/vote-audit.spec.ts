import { voteVoidSchema, type VoteAudit } from '@contest/contracts';

import {
  addressTarget,
  auditSummary,
  flaggedFirst,
  voidReasonOk,
  voidRequest,
  waveSlot,
  waveTarget,
  type FreshWave,
  type VoteAddress,
} from './vote-audit';

const address = (ip: string, votes: number, flagged = false): VoteAddress => ({
  ip,
  votes,
  accounts: 3,
  peak10Min: flagged ? 25 : 4,
  firstAt: '2026-12-05T07:00:00.000Z',
  lastAt: '2026-12-05T07:09:00.000Z',
  flagged,
});
const wave = (registeredFrom: string, userIds: number[], flagged = false): FreshWave => ({
  registeredFrom,
  accounts: userIds.length,
  votes: userIds.length * 2,
  userIds,
  flagged,
});

describe('voidReasonOk', () => {
  it('agrees with the api on the reason it accepts (5 to 500 characters once trimmed)', () => {
    for (const reason of [
      'sai',
      '  abcd  ',
      'abcde',
      '  Dồn phiếu từ một địa chỉ  ',
      'x'.repeat(500),
      'x'.repeat(501),
    ]) {
      const api = voteVoidSchema.safeParse({ ip: '203.0.113.9', reason }).success;
      expect({ reason, ok: voidReasonOk(reason) }).toEqual({ reason, ok: api });
    }
    expect(voidReasonOk('abcde')).toBe(true);
    expect(voidReasonOk('  abcd  ')).toBe(false);
  });
});

describe('voidRequest', () => {
  it('sends one address with the trimmed reason, and nothing else', () => {
    const body = voidRequest(addressTarget(address('203.0.113.9', 40, true)), '  Dồn phiếu bất thường ');
    expect(body).toEqual({ ip: '203.0.113.9', reason: 'Dồn phiếu bất thường' });
    expect(voteVoidSchema.safeParse(body).success).toBe(true);
  });

  it("sends a wave's accounts, not its time slot", () => {
    const body = voidRequest(
      waveTarget(wave('2026-12-05T07:20:00.000Z', [11, 12, 13])),
      'Tài khoản lập hàng loạt',
    );
    expect(body).toEqual({ userIds: [11, 12, 13], reason: 'Tài khoản lập hàng loạt' });
    expect(voteVoidSchema.safeParse(body).success).toBe(true);
  });

  it('keeps what the dialog needs to say how many votes go', () => {
    expect(addressTarget(address('2001:db8::1', 40))).toMatchObject({
      kind: 'address',
      votes: 40,
      accounts: 3,
    });
    expect(waveTarget(wave('2026-12-05T07:20:00.000Z', [1, 2]))).toMatchObject({
      kind: 'wave',
      votes: 4,
      accounts: 2,
    });
  });
});

describe('flaggedFirst', () => {
  it("puts flagged rows on top and otherwise keeps the api's order", () => {
    const rows = [address('a', 50), address('b', 30, true), address('c', 25), address('d', 21, true)];
    expect(flaggedFirst(rows).map((r) => r.ip)).toEqual(['b', 'd', 'a', 'c']);
    expect(rows.map((r) => r.ip)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('auditSummary', () => {
  it('counts the flagged addresses and waves', () => {
    const audit: VoteAudit = {
      stageId: 1,
      votes: 120,
      voided: 5,
      addresses: [address('a', 50, true), address('b', 3), address('c', 22, true)],
      freshWaves: [wave('2026-12-05T07:20:00.000Z', [1, 2], true), wave('2026-12-05T08:00:00.000Z', [3])],
    };
    expect(auditSummary(audit)).toEqual({ flaggedAddresses: 2, flaggedWaves: 1 });
  });
});

describe('waveSlot', () => {
  it("reads the 10 minutes in Vietnam's time, whatever the device's zone", () => {
    expect(waveSlot('2026-12-05T07:20:00.000Z')).toEqual({
      date: '05/12/2026',
      start: '14:20',
      end: '14:30',
    });
  });

  it('names the day the slot starts on when it ends at midnight', () => {
    expect(waveSlot('2026-12-05T16:50:00.000Z')).toEqual({
      date: '05/12/2026',
      start: '23:50',
      end: '00:00',
    });
  });
});
