import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { UserEntity } from '../accounts/user.entity';
import { EntryEntity } from '../entries/entry.entity';
import { CriterionEntity, StageEntity } from './stage.entity';

/** A judge given an entry to score in a stage; a declared conflict keeps the row and stops scoring. */
@Entity({ name: 'judge_assignments' })
@Index('uq_judge_assignments_stage_entry_judge', ['stageId', 'entryId', 'judgeId'], { unique: true })
@Index('ix_judge_assignments_judge', ['judgeId', 'stageId'])
@Check('ck_judge_assignments_source', `source IN ('manual', 'auto')`)
export class AssignmentEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'pk_judge_assignments' })
  id!: number;

  @Column({ name: 'stage_id', type: 'int' })
  stageId!: number;

  @ManyToOne(() => StageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stage_id', foreignKeyConstraintName: 'fk_judge_assignments_stage' })
  stage?: StageEntity;

  @Column({ name: 'entry_id', type: 'int' })
  entryId!: number;

  @ManyToOne(() => EntryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id', foreignKeyConstraintName: 'fk_judge_assignments_entry' })
  entry?: EntryEntity;

  @Column({ name: 'judge_id', type: 'int' })
  judgeId!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'judge_id', foreignKeyConstraintName: 'fk_judge_assignments_judge' })
  judge?: UserEntity;

  @Column({ type: 'varchar', length: 8 })
  source!: 'manual' | 'auto';

  @Column({ name: 'conflict_reason', type: 'text', nullable: true })
  conflictReason!: string | null;

  @Column({ name: 'conflict_at', type: 'timestamptz', nullable: true })
  conflictAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A judge's points on one criterion of one entry; every change is audited, the stage lock freezes it. */
@Entity({ name: 'judge_scores' })
@Index('ix_judge_scores_entry', ['entryId'])
@Check('ck_judge_scores_points', `points >= 0`)
export class ScoreEntity {
  @PrimaryColumn({ name: 'assignment_id', type: 'int', primaryKeyConstraintName: 'pk_judge_scores' })
  assignmentId!: number;

  @ManyToOne(() => AssignmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignment_id', foreignKeyConstraintName: 'fk_judge_scores_assignment' })
  assignment?: AssignmentEntity;

  @PrimaryColumn({ name: 'criterion_id', type: 'int', primaryKeyConstraintName: 'pk_judge_scores' })
  criterionId!: number;

  @ManyToOne(() => CriterionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'criterion_id', foreignKeyConstraintName: 'fk_judge_scores_criterion' })
  criterion?: CriterionEntity;

  /** Denormalised from the assignment, for per-entry reads. */
  @Column({ name: 'entry_id', type: 'int' })
  entryId!: number;

  @Column({ type: 'numeric', precision: 7, scale: 2 })
  points!: string;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * Which entries a stage holds: the only answer to "what does this stage judge" (assignments,
 * score sheets, standings, the gallery and its votes all read it). A move in or out keeps who
 * made it and why; the stage's vote count for the entry is kept here with each vote.
 */
@Entity({ name: 'stage_entries' })
@Index('ix_stage_entries_entry', ['entryId'])
@Check('ck_stage_entries_state', `state IN ('in', 'out')`)
@Check('ck_stage_entries_votes', `votes >= 0`)
export class StageEntryEntity {
  @PrimaryColumn({ name: 'stage_id', type: 'int', primaryKeyConstraintName: 'pk_stage_entries' })
  stageId!: number;

  @ManyToOne(() => StageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stage_id', foreignKeyConstraintName: 'fk_stage_entries_stage' })
  stage?: StageEntity;

  @PrimaryColumn({ name: 'entry_id', type: 'int', primaryKeyConstraintName: 'pk_stage_entries' })
  entryId!: number;

  @ManyToOne(() => EntryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id', foreignKeyConstraintName: 'fk_stage_entries_entry' })
  entry?: EntryEntity;

  @Column({ type: 'varchar', length: 16 })
  state!: 'in' | 'out';

  @Column({ type: 'int', default: 0 })
  votes!: number;

  /** Who moved it (null: the system, e.g. an entry replaced by its unit goes back to screening). */
  @Column({ name: 'moved_by', type: 'int', nullable: true })
  movedBy!: number | null;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'moved_at', type: 'timestamptz', default: () => 'now()' })
  movedAt!: Date;
}

/**
 * Every move of an entry into or out of a stage, kept in order: an entry's journey as its authors
 * read it (sent, returned, sent again, forwarded, accepted, not advanced…). `stage_entries` holds
 * where it is now; this holds how it got there.
 */
@Entity({ name: 'stage_moves' })
@Index('ix_stage_moves_entry', ['entryId'])
@Check('ck_stage_moves_state', `state IN ('in', 'out')`)
export class StageMoveEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'pk_stage_moves' })
  id!: number;

  @Column({ name: 'stage_id', type: 'int' })
  stageId!: number;

  @ManyToOne(() => StageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stage_id', foreignKeyConstraintName: 'fk_stage_moves_stage' })
  stage?: StageEntity;

  @Column({ name: 'entry_id', type: 'int' })
  entryId!: number;

  @ManyToOne(() => EntryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id', foreignKeyConstraintName: 'fk_stage_moves_entry' })
  entry?: EntryEntity;

  @Column({ type: 'varchar', length: 16 })
  state!: 'in' | 'out';

  @Column({ name: 'moved_by', type: 'int', nullable: true })
  movedBy!: number | null;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'moved_at', type: 'timestamptz', default: () => 'now()' })
  movedAt!: Date;
}

/** One registered account's vote for one entry in one stage; the key is the one-vote rule. */
@Entity({ name: 'entry_votes' })
export class VoteEntity {
  @PrimaryColumn({ name: 'stage_id', type: 'int', primaryKeyConstraintName: 'pk_entry_votes' })
  stageId!: number;

  @ManyToOne(() => StageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stage_id', foreignKeyConstraintName: 'fk_entry_votes_stage' })
  stage?: StageEntity;

  @PrimaryColumn({ name: 'entry_id', type: 'int', primaryKeyConstraintName: 'pk_entry_votes' })
  entryId!: number;

  @ManyToOne(() => EntryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id', foreignKeyConstraintName: 'fk_entry_votes_entry' })
  entry?: EntryEntity;

  @PrimaryColumn({ name: 'user_id', type: 'int', primaryKeyConstraintName: 'pk_entry_votes' })
  userId!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_entry_votes_user' })
  user?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** The address the vote came from, for the organizers' anomaly checks and the vote export. */
  @Column({ type: 'varchar', length: 45, nullable: true })
  ip!: string | null;

  /** A voided vote stays as evidence and no longer counts. */
  @Column({ name: 'voided_at', type: 'timestamptz', nullable: true })
  voidedAt!: Date | null;

  @Column({ name: 'voided_by', type: 'int', nullable: true })
  voidedBy!: number | null;

  @Column({ name: 'void_reason', type: 'varchar', length: 500, nullable: true })
  voidReason!: string | null;
}

/** What publishing froze: the ranking as computed, with each entry's traceable parts. */
@Entity({ name: 'stage_results' })
export class StageResultEntity {
  @PrimaryColumn({ name: 'stage_id', type: 'int', primaryKeyConstraintName: 'pk_stage_results' })
  stageId!: number;

  @ManyToOne(() => StageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stage_id', foreignKeyConstraintName: 'fk_stage_results_stage' })
  stage?: StageEntity;

  /** The standings exactly as shown (ranks, parts, prizes and every judge's sheet). */
  @Column({ type: 'jsonb' })
  standings!: unknown;

  @Column({ name: 'published_by', type: 'int' })
  publishedBy!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'published_by', foreignKeyConstraintName: 'fk_stage_results_published_by' })
  publisher?: UserEntity;

  @CreateDateColumn({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;
}
