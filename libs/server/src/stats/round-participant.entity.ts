import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { AttemptEntity } from '../attempts/attempt.entity';
import { RoundEntity } from '../rounds/round.entity';
import { UnitEntity } from '../units/unit.entity';

/**
 * One person who took part in a round: their counted graded attempt (best or first, by the
 * round's rule) and the unit it counts for. Kept by the worker as attempts are graded; the unit
 * roll-ups are sums over these rows, and the unit admin's lists read them.
 */
@Entity({ name: 'round_participants' })
@Index('ix_round_participants_round_unit', ['roundId', 'unitId'])
export class RoundParticipantEntity {
  @PrimaryColumn({ name: 'round_id', type: 'int', primaryKeyConstraintName: 'pk_round_participants' })
  roundId!: number;

  @PrimaryColumn({ name: 'user_id', type: 'int', primaryKeyConstraintName: 'pk_round_participants' })
  userId!: number;

  @ManyToOne(() => RoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_round_participants_round' })
  round?: RoundEntity;

  @Column({ name: 'unit_id', type: 'int' })
  unitId!: number;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_round_participants_unit' })
  unit?: UnitEntity;

  @Column({ name: 'attempt_id', type: 'int' })
  attemptId!: number;

  @ManyToOne(() => AttemptEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attempt_id', foreignKeyConstraintName: 'fk_round_participants_attempt' })
  attempt?: AttemptEntity;

  /** Graded attempts of this person in this round, whichever unit they counted for. */
  @Column({ type: 'smallint' })
  attempts!: number;

  @Column({ type: 'smallint' })
  score!: number;

  @Column({ name: 'full_marks', type: 'boolean' })
  fullMarks!: boolean;
}
