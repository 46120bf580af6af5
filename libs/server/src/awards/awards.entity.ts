import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import type { TrackResults } from '@contest/contracts';

import { UserEntity } from '../accounts/user.entity';
import { EntryEntity } from '../entries/entry.entity';
import { TrackEntity } from '../entries/track.entity';
import { StageEntity } from '../judging/stage.entity';

/**
 * Likes and shares an entry got on a social page, typed in or imported by an organizer for a
 * stage that takes its public points from them; who entered them and when, each change audited.
 */
@Entity({ name: 'interaction_counts' })
@Check('ck_interaction_counts_nonnegative', `likes >= 0 AND shares >= 0`)
export class InteractionCountEntity {
  @PrimaryColumn({ name: 'stage_id', type: 'int', primaryKeyConstraintName: 'pk_interaction_counts' })
  stageId!: number;

  @ManyToOne(() => StageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stage_id', foreignKeyConstraintName: 'fk_interaction_counts_stage' })
  stage?: StageEntity;

  @PrimaryColumn({ name: 'entry_id', type: 'int', primaryKeyConstraintName: 'pk_interaction_counts' })
  entryId!: number;

  @ManyToOne(() => EntryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id', foreignKeyConstraintName: 'fk_interaction_counts_entry' })
  entry?: EntryEntity;

  @Column({ type: 'int' })
  likes!: number;

  @Column({ type: 'int' })
  shares!: number;

  @Column({ name: 'entered_by', type: 'int' })
  enteredBy!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'entered_by', foreignKeyConstraintName: 'fk_interaction_counts_entered_by' })
  enterer?: UserEntity;

  @Column({ name: 'entered_at', type: 'timestamptz', default: () => 'now()' })
  enteredAt!: Date;
}

/** A track's final results as published: what the public, the XLSX and certificates read from then on. */
@Entity({ name: 'track_results' })
export class TrackResultEntity {
  @PrimaryColumn({ name: 'track_id', type: 'int', primaryKeyConstraintName: 'pk_track_results' })
  trackId!: number;

  @ManyToOne(() => TrackEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'track_id', foreignKeyConstraintName: 'fk_track_results_track' })
  track?: TrackEntity;

  @Column({ type: 'jsonb' })
  results!: TrackResults;

  @Column({ name: 'published_at', type: 'timestamptz', default: () => 'now()' })
  publishedAt!: Date;

  @Column({ name: 'published_by', type: 'int' })
  publishedBy!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'published_by', foreignKeyConstraintName: 'fk_track_results_published_by' })
  publisher?: UserEntity;
}
