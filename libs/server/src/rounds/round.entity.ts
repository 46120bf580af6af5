import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import {
  COUNTED_ATTEMPT,
  SCORE_VISIBILITY,
  type CountedAttempt,
  type QuestionSelection,
  type ScoreVisibility,
} from '@contest/contracts';

import { ContestEntity } from './contest.entity';

@Entity({ name: 'rounds' })
@Check('ck_rounds_window', 'closes_at > opens_at')
@Check('ck_rounds_limits', 'question_count > 0 AND time_limit_seconds > 0 AND attempts_allowed > 0')
@Check(
  'ck_rounds_score_visibility',
  `score_visibility IN (${SCORE_VISIBILITY.map((c) => `'${c}'`).join(', ')})`,
)
@Check('ck_rounds_counted_attempt', `counted_attempt IN (${COUNTED_ATTEMPT.map((c) => `'${c}'`).join(', ')})`)
@Index('uq_rounds_contest_week', ['contestId', 'weekNumber'], { unique: true })
export class RoundEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'pk_rounds' })
  id!: number;

  @Column({ name: 'contest_id', type: 'int' })
  contestId!: number;

  @ManyToOne(() => ContestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contest_id', foreignKeyConstraintName: 'fk_rounds_contest' })
  contest?: ContestEntity;

  @Column({ name: 'week_number', type: 'int' })
  weekNumber!: number;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Index('ix_rounds_opens_at')
  @Column({ name: 'opens_at', type: 'timestamptz' })
  opensAt!: Date;

  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt!: Date;

  @Column({ name: 'question_count', type: 'int' })
  questionCount!: number;

  @Column({ name: 'time_limit_seconds', type: 'int' })
  timeLimitSeconds!: number;

  @Column({ type: 'jsonb' })
  selection!: QuestionSelection;

  @Column({ name: 'shuffle_questions', type: 'boolean', default: true })
  shuffleQuestions!: boolean;

  @Column({ name: 'shuffle_options', type: 'boolean', default: true })
  shuffleOptions!: boolean;

  @Column({ name: 'attempts_allowed', type: 'int', default: 1 })
  attemptsAllowed!: number;

  @Column({ name: 'counted_attempt', type: 'varchar', length: 8, default: 'best' })
  countedAttempt!: CountedAttempt;

  @Column({ name: 'prediction_enabled', type: 'boolean', default: false })
  predictionEnabled!: boolean;

  @Column({ name: 'prediction_prompt', type: 'text', nullable: true })
  predictionPrompt!: string | null;

  /** after_grading or after_close: when a participant sees the score of a graded attempt. */
  @Column({ name: 'score_visibility', type: 'varchar', length: 16, default: 'after_grading' })
  scoreVisibility!: ScoreVisibility;

  /** Set by finalising (after close): the ranking and prizes in round_results are this version's. */
  @Column({ name: 'finalised_at', type: 'timestamptz', nullable: true })
  finalisedAt!: Date | null;

  @Column({ name: 'finalised_by', type: 'int', nullable: true })
  finalisedBy!: number | null;

  @Column({ name: 'finalise_version', type: 'int', default: 0 })
  finaliseVersion!: number;

  /** True answer to the prediction question, computed when finalising. */
  @Column({ name: 'true_value', type: 'int', nullable: true })
  trueValue!: number | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
