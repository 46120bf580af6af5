import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { ContestEntity } from '../rounds/contest.entity';
import { UnitEntity } from './unit.entity';

/** A unit's own staff (not its sub-units') for one contest: staff change between years. */
@Entity({ name: 'unit_headcounts' })
@Check('ck_unit_headcounts_headcount', 'headcount >= 0')
export class UnitHeadcountEntity {
  @PrimaryColumn({ name: 'contest_id', type: 'int', primaryKeyConstraintName: 'pk_unit_headcounts' })
  contestId!: number;

  @PrimaryColumn({ name: 'unit_id', type: 'int', primaryKeyConstraintName: 'pk_unit_headcounts' })
  unitId!: number;

  @ManyToOne(() => ContestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contest_id', foreignKeyConstraintName: 'fk_unit_headcounts_contest' })
  contest?: ContestEntity;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_unit_headcounts_unit' })
  unit?: UnitEntity;

  @Column({ type: 'int' })
  headcount!: number;
}
