import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import type { AttemptStatus } from '@contest/contracts';

import { UserEntity } from '../accounts/user.entity';
import { RoundEntity } from '../rounds/round.entity';
import { UnitEntity } from '../units/unit.entity';

/** One question of the attempt as stored: bank question id and the shown option order. */
export interface StoredPaperItem {
  q: number;
  o: number[];
}

@Entity({ name: 'attempts' })
@Check('ck_attempts_status', `status IN ('in_progress', 'submitted', 'graded')`)
@Check('ck_attempts_submitted_by', `submitted_by IS NULL OR submitted_by IN ('participant', 'system')`)
@Check('ck_attempts_submitted', `status = 'in_progress' OR submitted_at IS NOT NULL`)
@Check('ck_attempts_graded', `status <> 'graded' OR (score IS NOT NULL AND graded_at IS NOT NULL)`)
@Index('uq_attempts_round_user_no', ['roundId', 'userId', 'attemptNo'], { unique: true })
@Index('ix_attempts_user_started', ['userId', 'startedAt'])
@Index('ix_attempts_round_unit', ['roundId', 'unitId'])
// The sweeper's two questions, each answered from a small partial index.
@Index('ix_attempts_open_deadline', ['deadline'], { where: `status = 'in_progress'` })
@Index('ix_attempts_waiting_grade', ['submittedAt'], { where: `status = 'submitted'` })
export class AttemptEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'pk_attempts' })
  id!: number;

  @Column({ name: 'round_id', type: 'int' })
  roundId!: number;

  @ManyToOne(() => RoundEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_attempts_round' })
  round?: RoundEntity;

  @Column({ name: 'user_id', type: 'int' })
  userId!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_attempts_user' })
  user?: UserEntity;

  /**
   * The unit this attempt counts for, fixed when it starts: the person's unit then, or null for
   * a staff try that takes no part in the figures (see RANKED_USER). Moving later changes nothing.
   */
  @Column({ name: 'unit_id', type: 'int', nullable: true })
  unitId!: number | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_attempts_unit' })
  unit?: UnitEntity;

  @Column({ name: 'attempt_no', type: 'smallint' })
  attemptNo!: number;

  /** Seed of the draw: the paper can be rebuilt from it and the round's pool. */
  @Column({ type: 'varchar', length: 64 })
  seed!: string;

  @Column({ type: 'jsonb' })
  paper!: StoredPaperItem[];

  @Column({ type: 'varchar', length: 16, default: 'in_progress' })
  status!: AttemptStatus;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Column({ type: 'timestamptz' })
  deadline!: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'submitted_by', type: 'varchar', length: 16, nullable: true })
  submittedBy!: 'participant' | 'system' | null;

  @Column({ type: 'int', nullable: true })
  prediction!: number | null;

  @Column({ name: 'prediction_seq', type: 'bigint', nullable: true })
  predictionSeq!: string | null;

  @Column({ type: 'smallint', nullable: true })
  score!: number | null;

  @Column({ name: 'time_taken_ms', type: 'int', nullable: true })
  timeTakenMs!: number | null;

  @Column({ name: 'graded_at', type: 'timestamptz', nullable: true })
  gradedAt!: Date | null;
}
