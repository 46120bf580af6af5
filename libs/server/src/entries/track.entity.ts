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

import {
  TRACK_KINDS,
  TRACK_SUBMITTERS,
  type AwardRules,
  type InitiativeSettings,
  type TrackKind,
  type TrackSubmitter,
} from '@contest/contracts';

import { ContestEntity } from '../rounds/contest.entity';
import { UnitEntity } from '../units/unit.entity';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** A contest's entries track (its clips, or an initiative contest's entries): the call for entries. */
@Entity({ name: 'entry_tracks' })
@Check('ck_entry_tracks_kind', `kind IN (${list(TRACK_KINDS)})`)
@Check('ck_entry_tracks_submitter', `submitter IN (${list(TRACK_SUBMITTERS)})`)
@Check('ck_entry_tracks_window', `closes_at > opens_at`)
export class TrackEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'pk_entry_tracks' })
  id!: number;

  @Index('ix_entry_tracks_contest_id')
  @Column({ name: 'contest_id', type: 'int' })
  contestId!: number;

  @ManyToOne(() => ContestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contest_id', foreignKeyConstraintName: 'fk_entry_tracks_contest' })
  contest?: ContestEntity;

  @Column({ type: 'varchar', length: 16 })
  kind!: TrackKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'rules_text', type: 'text' })
  rulesText!: string;

  @Column({ name: 'opens_at', type: 'timestamptz' })
  opensAt!: Date;

  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt!: Date;

  @Column({ type: 'varchar', length: 16 })
  submitter!: TrackSubmitter;

  @Column({ name: 'entries_per_unit', type: 'int' })
  entriesPerUnit!: number;

  @Column({ type: 'jsonb' })
  topics!: string[];

  @Column({ name: 'allow_files', type: 'boolean' })
  allowFiles!: boolean;

  @Column({ name: 'allow_links', type: 'boolean' })
  allowLinks!: boolean;

  @Column({ name: 'max_megabytes', type: 'int' })
  maxMegabytes!: number;

  @Column({ name: 'max_duration_seconds', type: 'int' })
  maxDurationSeconds!: number;

  @Column({ type: 'jsonb' })
  formats!: string[];

  /** Only units under this one send entries (a district's own contest); null: the whole tree. */
  @Column({ name: 'scope_unit_id', type: 'int', nullable: true })
  scopeUnitId!: number | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'scope_unit_id', foreignKeyConstraintName: 'fk_entry_tracks_scope_unit' })
  scopeUnit?: UnitEntity;

  /** An initiative track's forms, authorship and forwarding quotas; null on a clip track. */
  @Column({ type: 'jsonb', nullable: true })
  initiative!: InitiativeSettings | null;

  /** How stage totals combine, the tie-breaks and the prizes with amounts (`awards/`). */
  @Column({ name: 'award_rules', type: 'jsonb', nullable: true })
  awardRules!: AwardRules | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
