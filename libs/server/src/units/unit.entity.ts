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
@Check('ck_units_headcount', 'headcount >= 0')
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

  @Column({ type: 'int', default: 0 })
  headcount!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
