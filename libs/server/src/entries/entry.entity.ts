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
  ATTACHMENT_KINDS,
  ENTRY_STATUSES,
  FILE_REJECTIONS,
  FILE_STATUSES,
  ORIGINALITY_DECISIONS,
  SCREENING_DECISIONS,
  UNIT_REVIEW_STATES,
  type EntryStatus,
  type FileRejection,
  type InitiativeDetails,
  type Screening,
} from '@contest/contracts';

import { UserEntity } from '../accounts/user.entity';
import { StageEntity } from '../judging/stage.entity';
import { RegisterEntryEntity } from '../originality/register-entry.entity';
import { UnitEntity } from '../units/unit.entity';
import { TrackEntity } from './track.entity';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** One entry of a track: a unit's clip (file or link) or initiative, with its screening. */
@Entity({ name: 'entries' })
@Index('ix_entries_track_unit', ['trackId', 'unitId'])
@Check('ck_entries_status', `status IN (${list(ENTRY_STATUSES)})`)
@Check('ck_entries_screening', `screening IN (${list(SCREENING_DECISIONS)})`)
@Check('ck_entries_unit_review', `unit_review IS NULL OR unit_review IN (${list(UNIT_REVIEW_STATES)})`)
@Check('ck_entries_originality', `originality IN (${list(ORIGINALITY_DECISIONS)})`)
@Check(
  'ck_entries_originality_source',
  `originality <> 'duplicate' OR (originality_of_entry IS NULL) <> (originality_of_register IS NULL)`,
)
// The originality check's GIN index over band keys (TypeORM does not manage GIN indexes).
@Index('ix_entries_bands', { synchronize: false })
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

  /** An initiative's text and authors with their contacts; null for a clip. */
  @Column({ type: 'jsonb', nullable: true })
  details!: InitiativeDetails | null;

  /** The unit's pre-screening of an initiative its people sent; null until sent (and for clips). */
  @Column({ name: 'unit_review', type: 'varchar', length: 16, nullable: true })
  unitReview!: string | null;

  @Column({ name: 'unit_review_comment', type: 'text', nullable: true })
  unitReviewComment!: string | null;

  /** The head who confirmed the initiative works and can be applied, as the unit admin recorded. */
  @Column({ name: 'unit_head_name', type: 'varchar', length: 120, nullable: true })
  unitHeadName!: string | null;

  @Column({ name: 'unit_head_position', type: 'varchar', length: 120, nullable: true })
  unitHeadPosition!: string | null;

  @Column({ name: 'unit_reviewed_by', type: 'int', nullable: true })
  unitReviewedBy!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_reviewed_by', foreignKeyConstraintName: 'fk_entries_unit_reviewed_by' })
  unitReviewer?: UserEntity;

  @Column({ name: 'unit_reviewed_at', type: 'timestamptz', nullable: true })
  unitReviewedAt!: Date | null;

  /** The title folded (no tone marks, đ → d, lower case): what pg_trgm compares titles on. */
  @Column({ name: 'folded_title', type: 'text', nullable: true })
  foldedTitle!: string | null;

  /** The text's two-syllable phrases and their band keys (`@contest/domain` originality). */
  @Column({ type: 'int', array: true, nullable: true })
  shingles!: number[] | null;

  @Column({ type: 'int', array: true, nullable: true })
  bands!: number[] | null;

  @Column({ type: 'varchar', length: 16, default: 'unchecked' })
  originality!: string;

  @Column({ name: 'originality_of_entry', type: 'int', nullable: true })
  originalityOfEntry!: number | null;

  @ManyToOne(() => EntryEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'originality_of_entry', foreignKeyConstraintName: 'fk_entries_originality_of_entry' })
  duplicateOfEntry?: EntryEntity;

  @Column({ name: 'originality_of_register', type: 'int', nullable: true })
  originalityOfRegister!: number | null;

  @ManyToOne(() => RegisterEntryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'originality_of_register',
    foreignKeyConstraintName: 'fk_entries_originality_of_register',
  })
  duplicateOfRegister?: Relation<RegisterEntryEntity>;

  @Column({ name: 'originality_reason', type: 'text', nullable: true })
  originalityReason!: string | null;

  @Column({ name: 'originality_by', type: 'int', nullable: true })
  originalityBy!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'originality_by', foreignKeyConstraintName: 'fk_entries_originality_by' })
  originalityDecider?: UserEntity;

  @Column({ name: 'originality_at', type: 'timestamptz', nullable: true })
  originalityAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** A document or picture attached to an entry: checked by its bytes, kept in the media store. */
@Entity({ name: 'entry_attachments' })
@Index('ix_entry_attachments_entry_id', ['entryId'])
@Check('ck_entry_attachments_kind', `kind IN (${list(ATTACHMENT_KINDS)})`)
export class AttachmentEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'pk_entry_attachments' })
  id!: number;

  @Column({ name: 'entry_id', type: 'int' })
  entryId!: number;

  @ManyToOne(() => EntryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id', foreignKeyConstraintName: 'fk_entry_attachments_entry' })
  entry?: EntryEntity;

  /** The stage it was added in; null: with the entry before it was sent. */
  @Column({ name: 'stage_id', type: 'int', nullable: true })
  stageId!: number | null;

  @ManyToOne(() => StageEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'stage_id', foreignKeyConstraintName: 'fk_entry_attachments_stage' })
  stage?: StageEntity;

  @Column({ type: 'varchar', length: 8 })
  kind!: string;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'int' })
  bytes!: number;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ name: 'storage_key', type: 'varchar', length: 200 })
  storageKey!: string;

  @Column({ name: 'uploaded_by', type: 'int' })
  uploadedBy!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by', foreignKeyConstraintName: 'fk_entry_attachments_uploaded_by' })
  uploader?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
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
