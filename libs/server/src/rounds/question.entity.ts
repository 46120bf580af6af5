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

import { DIFFICULTIES, type Difficulty } from '@contest/contracts';

import { ContestEntity } from './contest.entity';

@Entity({ name: 'questions' })
@Check('ck_questions_options', 'jsonb_array_length(options) BETWEEN 2 AND 6')
@Check('ck_questions_correct_option', 'correct_option >= 0 AND correct_option < jsonb_array_length(options)')
@Check('ck_questions_difficulty', `difficulty IN (${DIFFICULTIES.map((d) => `'${d}'`).join(', ')})`)
@Index('ix_questions_contest_topic', ['contestId', 'topic'])
export class QuestionEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'pk_questions' })
  id!: number;

  @Column({ name: 'contest_id', type: 'int' })
  contestId!: number;

  @ManyToOne(() => ContestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contest_id', foreignKeyConstraintName: 'fk_questions_contest' })
  contest?: ContestEntity;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'jsonb' })
  options!: string[];

  @Column({ name: 'correct_option', type: 'smallint' })
  correctOption!: number;

  @Column({ type: 'varchar', length: 80 })
  topic!: string;

  @Column({ type: 'varchar', length: 8 })
  difficulty!: Difficulty;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
