import { moveChoice, orderedChoices, toggleChoice } from './ordered-choices';

const ALL = ['participationRate', 'averageScore', 'roundsWithParticipants', 'participants'] as const;

describe('an ordered choice of criteria (tie-breaks)', () => {
  it('lists the choices in use first, in order, then the others', () => {
    expect(orderedChoices(ALL, ['participants', 'averageScore'])).toEqual([
      { choice: 'participants', used: true },
      { choice: 'averageScore', used: true },
      { choice: 'participationRate', used: false },
      { choice: 'roundsWithParticipants', used: false },
    ]);
  });

  it('adds a choice at the end and takes one out', () => {
    expect(toggleChoice(['averageScore'], 'participants')).toEqual(['averageScore', 'participants']);
    expect(toggleChoice(['averageScore', 'participants'], 'averageScore')).toEqual(['participants']);
  });

  it('moves a choice one place, never past either end', () => {
    expect(moveChoice(['averageScore', 'participants'], 'participants', -1)).toEqual([
      'participants',
      'averageScore',
    ]);
    expect(moveChoice(['averageScore', 'participants'], 'averageScore', -1)).toEqual([
      'averageScore',
      'participants',
    ]);
    expect(moveChoice(['averageScore'], 'participants', 1)).toEqual(['averageScore']);
  });
});
