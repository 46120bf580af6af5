import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { AGGREGATION_METHODS, STAGE_KINDS, type EntryTieBreak, type LivePart } from '@contest/contracts';

import { UserEntity } from '../accounts/user.entity';
import { TrackEntity } from '../entries/track.entity';

/**
 * A judging stage of a track (preliminary, final…): its rubric, method, votes and prizes. The
 * method and rubric are fixed from the first score on, and the lock freezes every score.
 */
@Entity({ name: 'entry_stages' })
@Index('uq_entry_stages_track_position', ['trackId', 'position'], { unique: true })
@Check(
  'ck_entry_stages_aggregation',
  `aggregation IN (${AGGREGATION_METHODS.map((m) => `'${m}'`).join(', ')})`,
)
@Check('ck_entry_stages_published_after_lock', `published_at IS NULL OR locked_at IS NOT NULL`)
@Check('ck_entry_stages_voters', `voters IN ('registered', 'rostered')`)
@Check('ck_entry_stages_kind', `kind IN (${STAGE_KINDS.map((k) => `'${k}'`).join(', ')})`)
@Check('ck_entry_stages_public_source', `public_source IN ('votes', 'counts')`)
@Check('ck_entry_stages_window', `closes_at IS NULL OR opens_at IS NULL OR closes_at > opens_at`)
export class StageEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'pk_entry_stages' })
  id!: number;

  @Column({ name: 'track_id', type: 'int' })
  trackId!: number;

  @ManyToOne(() => TrackEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'track_id', foreignKeyConstraintName: 'fk_entry_stages_track' })
  track?: TrackEntity;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  /** How the stage behaves: `judging/stage-kinds/`. */
  @Column({ type: 'varchar', length: 16, default: 'judged' })
  kind!: string;

  /** The stage's own window (a judged stage: when scoring runs); null opening = when the call closes. */
  @Column({ name: 'opens_at', type: 'timestamptz', nullable: true })
  opensAt!: Date | null;

  @Column({ name: 'closes_at', type: 'timestamptz', nullable: true })
  closesAt!: Date | null;

  /** Authors of the stage's entries may add attachments while its window is open. */
  @Column({ name: 'allows_material', type: 'boolean', default: false })
  allowsMaterial!: boolean;

  @Column({ type: 'varchar', length: 16, default: 'mean' })
  aggregation!: string;

  @Column({ name: 'judges_per_entry', type: 'int', default: 3 })
  judgesPerEntry!: number;

  @Column({ name: 'vote_points', type: 'numeric', precision: 7, scale: 2, default: 0 })
  votePoints!: string;

  @Column({ name: 'votes_open_at', type: 'timestamptz', nullable: true })
  votesOpenAt!: Date | null;

  @Column({ name: 'votes_close_at', type: 'timestamptz', nullable: true })
  votesCloseAt!: Date | null;

  /** Who may vote: any registered account, or only accounts linked to a unit's roster. */
  @Column({ name: 'voters', type: 'varchar', length: 16, default: 'registered' })
  voters!: string;

  /** Accounts of the entry's own unit, its parent or its sub-units may not vote for it. */
  @Column({ name: 'votes_exclude_own_unit', type: 'boolean', default: true })
  votesExcludeOwnUnit!: boolean;

  /** How many entries one account may vote for in this stage (null: every entry). */
  @Column({ name: 'votes_per_account', type: 'int', nullable: true })
  votesPerAccount!: number | null;

  /** Votes one network address may cast per hour (an office behind one address counts as one). */
  @Column({ name: 'votes_per_ip_per_hour', type: 'int', default: 300 })
  votesPerIpPerHour!: number;

  @Column({ name: 'tie_breaks', type: 'jsonb' })
  tieBreaks!: EntryTieBreak[];

  @Column({ type: 'jsonb' })
  prizes!: { label: string; count: number }[];

  /** A live final's parts (presentation, debate, questions…) with their timers; empty elsewhere. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  parts!: LivePart[];

  /** Public points from gallery votes, or from likes and shares typed in (`interaction_counts`). */
  @Column({ name: 'public_source', type: 'varchar', length: 8, default: 'votes' })
  publicSource!: string;

  /** Seeds each judge's own order of entries, so a reload shows the same order. */
  @Column({ type: 'varchar', length: 64 })
  seed!: string;

  @Column({ name: 'judging_started_at', type: 'timestamptz', nullable: true })
  judgingStartedAt!: Date | null;

  @Column({ name: 'locked_at', type: 'timestamptz', nullable: true })
  lockedAt!: Date | null;

  @Column({ name: 'locked_by', type: 'int', nullable: true })
  lockedBy!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'locked_by', foreignKeyConstraintName: 'fk_entry_stages_locked_by' })
  locker?: UserEntity;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** One line of a stage's rubric. */
@Entity({ name: 'rubric_criteria' })
@Index('ix_rubric_criteria_stage_id', ['stageId'])
@Check('ck_rubric_criteria_max_points', `max_points > 0`)
export class CriterionEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'pk_rubric_criteria' })
  id!: number;

  @Column({ name: 'stage_id', type: 'int' })
  stageId!: number;

  @ManyToOne(() => StageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stage_id', foreignKeyConstraintName: 'fk_rubric_criteria_stage' })
  stage?: StageEntity;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ name: 'max_points', type: 'numeric', precision: 7, scale: 2 })
  maxPoints!: string;

  @Column({ type: 'text' })
  guidance!: string;

  /** A live final's criterion is scored in one part (index into the stage's `parts`); null elsewhere. */
  @Column({ type: 'int', nullable: true })
  part!: number | null;
}
