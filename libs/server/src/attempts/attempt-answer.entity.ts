import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { AttemptEntity } from './attempt.entity';

/** The latest saved answer to one question of an attempt (by the browser's seq). */
@Entity({ name: 'attempt_answers' })
export class AttemptAnswerEntity {
  @PrimaryColumn({ name: 'attempt_id', type: 'int', primaryKeyConstraintName: 'pk_attempt_answers' })
  attemptId!: number;

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_attempt_answers' })
  position!: number;

  @ManyToOne(() => AttemptEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attempt_id', foreignKeyConstraintName: 'fk_attempt_answers_attempt' })
  attempt?: AttemptEntity;

  /** Shown option index; null when the participant cleared the answer. */
  @Column({ type: 'smallint', nullable: true })
  option!: number | null;

  @Column({ type: 'bigint' })
  seq!: string;

  @Column({ name: 'saved_at', type: 'timestamptz' })
  savedAt!: Date;
}
