import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import type { QuestionFlag } from '@contest/contracts';

import { RoundEntity } from '../rounds/round.entity';

/** Item analysis of one question in a finalised round, over the counted attempts. */
@Entity({ name: 'question_stats' })
export class QuestionStatEntity {
  @PrimaryColumn({ name: 'round_id', type: 'int', primaryKeyConstraintName: 'pk_question_stats' })
  roundId!: number;

  @PrimaryColumn({ name: 'question_id', type: 'int', primaryKeyConstraintName: 'pk_question_stats' })
  questionId!: number;

  @ManyToOne(() => RoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_question_stats_round' })
  round?: RoundEntity;

  @Column({ type: 'int' })
  shown!: number;

  @Column({ type: 'double precision' })
  facility!: number;

  @Column({ type: 'double precision', nullable: true })
  discrimination!: number | null;

  @Column({ name: 'option_counts', type: 'jsonb' })
  optionCounts!: number[];

  @Column({ type: 'jsonb' })
  flags!: QuestionFlag[];
}
