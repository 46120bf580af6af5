import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { EXPORT_STATUSES, type ExportKind, type ExportRequest } from '@contest/contracts';

/** An XLSX export: requested by the api, filled by the worker, its file kept in chunks below. */
@Entity({ name: 'exports' })
@Check('ck_exports_status', `status IN (${EXPORT_STATUSES.map((s) => `'${s}'`).join(', ')})`)
@Index('ix_exports_created_by', ['createdBy', 'createdAt'])
export class ExportEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'pk_exports' })
  id!: number;

  @Column({ type: 'varchar', length: 32 })
  kind!: ExportKind;

  @Column({ type: 'jsonb' })
  request!: ExportRequest;

  @Column({ type: 'varchar', length: 16, default: 'queued' })
  status!: (typeof EXPORT_STATUSES)[number];

  @Column({ type: 'double precision', default: 0 })
  progress!: number;

  @Column({ type: 'int', default: 0 })
  rows!: number;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ name: 'byte_size', type: 'int', nullable: true })
  byteSize!: number | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ name: 'created_by', type: 'int' })
  createdBy!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}

/**
 * The finished file, in 1 MiB pieces: any api copy can stream it out without a shared disk,
 * and neither side ever holds the whole file.
 */
@Entity({ name: 'export_chunks' })
export class ExportChunkEntity {
  @PrimaryColumn({ name: 'export_id', type: 'int', primaryKeyConstraintName: 'pk_export_chunks' })
  exportId!: number;

  @PrimaryColumn({ type: 'int', primaryKeyConstraintName: 'pk_export_chunks' })
  seq!: number;

  @Column({ type: 'bytea' })
  data!: Buffer;
}
