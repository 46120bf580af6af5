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
  type Relation,
} from 'typeorm';

import {
  ENTRY_STATUSES,
  FILE_REJECTIONS,
  FILE_STATUSES,
  SCREENING_DECISIONS,
  type EntryStatus,
  type FileRejection,
  type Screening,
} from '@contest/contracts';

import { UserEntity } from '../accounts/user.entity';
import { UnitEntity } from '../units/unit.entity';
import { TrackEntity } from './track.entity';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** One entry of a track: a unit's clip (file or link) or initiative, with its screening. */
@Entity({ name: 'entries' })
@Index('ix_entries_track_unit', ['trackId', 'unitId'])
@Check('ck_entries_status', `status IN (${list(ENTRY_STATUSES)})`)
@Check('ck_entries_screening', `screening IN (${list(SCREENING_DECISIONS)})`)
export class EntryEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'pk_entries' })
  id!: number;

  @Column({ name: 'track_id', type: 'int' })
  trackId!: number;

  @ManyToOne(() => TrackEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'track_id', foreignKeyConstraintName: 'fk_entries_track' })
  track?: TrackEntity;

  @Column({ name: 'unit_id', type: 'int' })
  unitId!: number;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_entries_unit' })
  unit?: UnitEntity;

  @Column({ name: 'submitted_by', type: 'int' })
  submittedBy!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submitted_by', foreignKeyConstraintName: 'fk_entries_submitted_by' })
  submitter?: UserEntity;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  topic!: string | null;

  @Column({ type: 'jsonb' })
  authors!: string[];

  @Column({ name: 'link_url', type: 'varchar', length: 500, nullable: true })
  linkUrl!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: EntryStatus;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  screening!: Screening;

  @Column({ name: 'screening_reason', type: 'text', nullable: true })
  screeningReason!: string | null;

  @Column({ name: 'screened_by', type: 'int', nullable: true })
  screenedBy!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'screened_by', foreignKeyConstraintName: 'fk_entries_screened_by' })
  screener?: UserEntity;

  @Column({ name: 'screened_at', type: 'timestamptz', nullable: true })
  screenedAt!: Date | null;

  /** The ready file judges see; a newer upload replaces it only once processed. */
  @Column({ name: 'file_id', type: 'int', nullable: true })
  fileId!: number | null;

  @ManyToOne(() => EntryFileEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'file_id', foreignKeyConstraintName: 'fk_entries_file' })
  // Relation<> keeps decorator metadata from naming a class declared further down this file.
  file?: Relation<EntryFileEntity>;

  /** When the entry was last made complete (a ready file or a link): the earliest-submission tie-break. */
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** An uploaded file of an entry and what processing made of it. */
@Entity({ name: 'entry_files' })
@Index('ix_entry_files_entry_id', ['entryId'])
@Index('ix_entry_files_sha256', ['sha256'])
@Check('ck_entry_files_status', `status IN (${list(FILE_STATUSES)})`)
@Check('ck_entry_files_rejection', `rejection IS NULL OR rejection IN (${list(FILE_REJECTIONS)})`)
export class EntryFileEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'pk_entry_files' })
  id!: number;

  @Column({ name: 'entry_id', type: 'int' })
  entryId!: number;

  @ManyToOne(() => EntryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id', foreignKeyConstraintName: 'fk_entry_files_entry' })
  entry?: EntryEntity;

  /** The tus upload id, while and after the bytes arrive. */
  @Index('uq_entry_files_upload_id', { unique: true })
  @Column({ name: 'upload_id', type: 'varchar', length: 64 })
  uploadId!: string;

  @Column({ name: 'uploaded_by', type: 'int' })
  uploadedBy!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by', foreignKeyConstraintName: 'fk_entry_files_uploaded_by' })
  uploader?: UserEntity;

  @Column({ name: 'original_name', type: 'varchar', length: 255 })
  originalName!: string;

  @Column({ type: 'bigint' })
  bytes!: string;

  @Column({ type: 'varchar', length: 16, default: 'uploading' })
  status!: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  rejection!: FileRejection | null;

  @Column({ name: 'rejection_detail', type: 'text', nullable: true })
  rejectionDetail!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  sha256!: string | null;

  @Column({ name: 'duration_seconds', type: 'double precision', nullable: true })
  durationSeconds!: number | null;

  @Column({ type: 'int', nullable: true })
  width!: number | null;

  @Column({ type: 'int', nullable: true })
  height!: number | null;

  @Column({ name: 'video_codec', type: 'varchar', length: 32, nullable: true })
  videoCodec!: string | null;

  @Column({ name: 'audio_codec', type: 'varchar', length: 32, nullable: true })
  audioCodec!: string | null;

  @Column({ name: 'original_key', type: 'varchar', length: 200, nullable: true })
  originalKey!: string | null;

  @Column({ name: 'video_key', type: 'varchar', length: 200, nullable: true })
  videoKey!: string | null;

  @Column({ name: 'thumbnail_key', type: 'varchar', length: 200, nullable: true })
  thumbnailKey!: string | null;

  /** Worker wall time for the whole job, and ffmpeg's own share of it (for the benchmark). */
  @Column({ name: 'processing_ms', type: 'int', nullable: true })
  processingMs!: number | null;

  @Column({ name: 'ffmpeg_ms', type: 'int', nullable: true })
  ffmpegMs!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt!: Date | null;
}
