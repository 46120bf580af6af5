import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';

import { UserEntity } from '../accounts/user.entity';
import { EntryEntity } from '../entries/entry.entity';
import { StageEntity } from '../judging/stage.entity';

/**
 * A live final as the hall runs it: the running order, who is on stage in which part, the part's
 * timer and which teams' totals are revealed. One row per live_final stage; every change takes
 * the row's lock and bumps `version`, so screens can tell a newer board from an older one.
 */
@Entity({ name: 'live_finals' })
@Check('ck_live_finals_current', `(current_entry_id IS NULL) = (current_part IS NULL)`)
@Check('ck_live_finals_timer', `timer_seconds >= 0 AND timer_elapsed_ms >= 0`)
export class LiveFinalEntity {
  @PrimaryColumn({ name: 'stage_id', type: 'int', primaryKeyConstraintName: 'pk_live_finals' })
  stageId!: number;

  @ManyToOne(() => StageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stage_id', foreignKeyConstraintName: 'fk_live_finals_stage' })
  stage?: StageEntity;

  /** Entry ids in the order teams perform; members missing from it follow in id order. */
  @Column({ name: 'running_order', type: 'int', array: true, default: () => "'{}'" })
  runningOrder!: number[];

  @Column({ name: 'current_entry_id', type: 'int', nullable: true })
  currentEntryId!: number | null;

  @Column({ name: 'current_part', type: 'int', nullable: true })
  currentPart!: number | null;

  /** The part on stage's length; the timer runs from `timer_started_at`, after `timer_elapsed_ms`. */
  @Column({ name: 'timer_seconds', type: 'int', default: 0 })
  timerSeconds!: number;

  @Column({ name: 'timer_started_at', type: 'timestamptz', nullable: true })
  timerStartedAt!: Date | null;

  @Column({ name: 'timer_elapsed_ms', type: 'int', default: 0 })
  timerElapsedMs!: number;

  /** Entries whose totals the hall may see, in the order they were revealed. */
  @Column({ type: 'int', array: true, default: () => "'{}'" })
  revealed!: number[];

  @Column({ type: 'int', default: 1 })
  version!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * When one part of one team took scores: a judge's sheet for that part is saved only while its
 * window is open (opened and not closed). Reopening clears the close; both are audited.
 */
@Entity({ name: 'live_part_windows' })
@Index('ix_live_part_windows_entry', ['entryId'])
export class LivePartWindowEntity {
  @PrimaryColumn({ name: 'stage_id', type: 'int', primaryKeyConstraintName: 'pk_live_part_windows' })
  stageId!: number;

  @ManyToOne(() => StageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stage_id', foreignKeyConstraintName: 'fk_live_part_windows_stage' })
  stage?: StageEntity;

  @PrimaryColumn({ name: 'entry_id', type: 'int', primaryKeyConstraintName: 'pk_live_part_windows' })
  entryId!: number;

  @ManyToOne(() => EntryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id', foreignKeyConstraintName: 'fk_live_part_windows_entry' })
  entry?: EntryEntity;

  @PrimaryColumn({ type: 'int', primaryKeyConstraintName: 'pk_live_part_windows' })
  part!: number;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  @Column({ name: 'opened_by', type: 'int' })
  openedBy!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'opened_by', foreignKeyConstraintName: 'fk_live_part_windows_opened_by' })
  opener?: UserEntity;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}
