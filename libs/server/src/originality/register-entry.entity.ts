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

import { UserEntity } from '../accounts/user.entity';

/**
 * The register of initiatives already applied: imported from the province's lists, and joined by
 * the winners of earlier contests. New entries are checked against it for originality.
 */
@Entity({ name: 'initiative_register' })
@Check('ck_initiative_register_source', `source IN ('import', 'winner')`)
@Index('uq_initiative_register_source_entry', ['sourceEntryId'], { unique: true })
// The originality check's GIN index over band keys (TypeORM does not manage GIN indexes).
@Index('ix_initiative_register_bands', { synchronize: false })
export class RegisterEntryEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'pk_initiative_register' })
  id!: number;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'unit_name', type: 'varchar', length: 255 })
  unitName!: string;

  @Column({ type: 'int', nullable: true })
  year!: number | null;

  @Column({ type: 'varchar', length: 8 })
  source!: string;

  /** The winning entry a 'winner' row came from. */
  @Column({ name: 'source_entry_id', type: 'int', nullable: true })
  sourceEntryId!: number | null;

  @Column({ name: 'folded_title', type: 'text' })
  foldedTitle!: string;

  /** Title and summary folded: what the register's search matches. */
  @Column({ name: 'folded_text', type: 'text' })
  foldedText!: string;

  /** The text's two-syllable phrases and their band keys (`@contest/domain` originality). */
  @Column({ type: 'int', array: true })
  shingles!: number[];

  @Column({ type: 'int', array: true })
  bands!: number[];

  @Column({ name: 'added_by', type: 'int', nullable: true })
  addedBy!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'added_by', foreignKeyConstraintName: 'fk_initiative_register_added_by' })
  adder?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
