import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { RoundEntity } from '../rounds/round.entity';
import { UnitEntity } from '../units/unit.entity';

/**
 * The roll-up every participation figure is read from: one unit's own people (not its
 * sub-units') in one round. A subtree's figures are sums of these rows, never a scan of attempts.
 */
@Entity({ name: 'unit_round_stats' })
export class UnitRoundStatEntity {
  @PrimaryColumn({ name: 'round_id', type: 'int', primaryKeyConstraintName: 'pk_unit_round_stats' })
  roundId!: number;

  @PrimaryColumn({ name: 'unit_id', type: 'int', primaryKeyConstraintName: 'pk_unit_round_stats' })
  unitId!: number;

  @ManyToOne(() => RoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_unit_round_stats_round' })
  round?: RoundEntity;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_unit_round_stats_unit' })
  unit?: UnitEntity;

  /** Distinct people with a graded attempt counted for this unit. */
  @Column({ type: 'int' })
  participants!: number;

  /** Their graded attempts, every one of them. */
  @Column({ type: 'int' })
  attempts!: number;

  /** Sum of the counted attempts' scores (average = score_sum ÷ participants). */
  @Column({ name: 'score_sum', type: 'bigint' })
  scoreSum!: string;

  @Column({ name: 'full_marks', type: 'int' })
  fullMarks!: number;
}
