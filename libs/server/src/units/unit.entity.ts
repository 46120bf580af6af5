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

import { UNIT_LEVELS, type UnitLevel } from '@contest/contracts';

@Entity({ name: 'units' })
@Check('ck_units_level', `level IN (${UNIT_LEVELS.map((l) => `'${l}'`).join(', ')})`)
@Check('ck_units_merged', '(merged_into_id IS NULL) = (merged_at IS NULL)')
export class UnitEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'pk_units' })
  id!: number;

  @Index('uq_units_code', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  /** Name without diacritics, lower case: what search matches against. */
  @Column({ name: 'name_folded', type: 'varchar', length: 255 })
  nameFolded!: string;

  @Column({ type: 'varchar', length: 32 })
  level!: UnitLevel;

  @Index('ix_units_parent_id')
  @Column({ name: 'parent_id', type: 'int', nullable: true })
  parentId!: number | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_units_parent' })
  parent?: UnitEntity;

  /** Materialised path of ids, "/1/5/23/", so a subtree is one indexed prefix match. */
  @Index('ix_units_path')
  @Column({ type: 'varchar', length: 512 })
  path!: string;

  /**
   * Set when the unit was merged into another (2025: provinces and communes merged, districts
   * went). The merged unit stays, with its people's history; it just leaves the live tree.
   */
  @Column({ name: 'merged_into_id', type: 'int', nullable: true })
  mergedIntoId!: number | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'merged_into_id', foreignKeyConstraintName: 'fk_units_merged_into' })
  mergedInto?: UnitEntity;

  @Column({ name: 'merged_at', type: 'timestamptz', nullable: true })
  mergedAt!: Date | null;

  /**
   * The live unit this one's figures are shown under: the end of its chain of merges (null for a
   * live unit). Kept on every merge, so earlier contests add up under today's tree without a walk.
   */
  @Index('ix_units_successor_id')
  @Column({ name: 'successor_id', type: 'int', nullable: true })
  successorId!: number | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'successor_id', foreignKeyConstraintName: 'fk_units_successor' })
  successor?: UnitEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
