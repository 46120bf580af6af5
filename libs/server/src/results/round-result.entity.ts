import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { PRIZE_TIERS, type PrizeTier } from '@contest/contracts';

import { RoundEntity } from '../rounds/round.entity';

/** One line of a finalised round's ranking: the participant's counted attempt and any prize. */
@Entity({ name: 'round_results' })
@Check('ck_round_results_prize', `prize IS NULL OR prize IN (${PRIZE_TIERS.map((p) => `'${p}'`).join(', ')})`)
@Index('uq_round_results_user', ['roundId', 'userId'], { unique: true })
@Index('ix_round_results_prize', ['roundId', 'prize'], { where: 'prize IS NOT NULL' })
export class RoundResultEntity {
  @PrimaryColumn({ name: 'round_id', type: 'int', primaryKeyConstraintName: 'pk_round_results' })
  roundId!: number;

  @PrimaryColumn({ type: 'int', primaryKeyConstraintName: 'pk_round_results' })
  rank!: number;

  @ManyToOne(() => RoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_round_results_round' })
  round?: RoundEntity;

  @Column({ name: 'user_id', type: 'int' })
  userId!: number;

  /** The participant's unit when the round was finalised (null for an account without one). */
  @Column({ name: 'unit_id', type: 'int', nullable: true })
  unitId!: number | null;

  @Column({ name: 'attempt_id', type: 'int' })
  attemptId!: number;

  @Column({ type: 'smallint' })
  score!: number;

  @Column({ type: 'int', nullable: true })
  prediction!: number | null;

  @Column({ name: 'prediction_distance', type: 'int', nullable: true })
  predictionDistance!: number | null;

  @Column({ name: 'time_taken_ms', type: 'int' })
  timeTakenMs!: number;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ type: 'varchar', length: 16, nullable: true })
  prize!: PrizeTier | null;
}
