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
import { UnitEntity } from './unit.entity';

/**
 * One person on a unit's staff list: what makes "who has not taken part" include people who
 * never registered. A roster is replaced whole by its unit's next upload.
 */
@Entity({ name: 'roster_entries' })
@Check('ck_roster_entries_contact', 'phone IS NOT NULL OR email IS NOT NULL')
@Index('ix_roster_entries_roster_unit', ['rosterUnitId'])
@Index('ix_roster_entries_unit', ['unitId'])
@Index('ix_roster_entries_phone', ['phone'], { where: 'phone IS NOT NULL' })
@Index('ix_roster_entries_email', ['email'], { where: 'email IS NOT NULL' })
@Index('uq_roster_entries_user', ['userId'], { unique: true, where: 'user_id IS NOT NULL' })
export class RosterEntryEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'pk_roster_entries' })
  id!: number;

  /** The unit whose upload this row came from (the unit admin's unit, or one an organizer chose). */
  @Column({ name: 'roster_unit_id', type: 'int' })
  rosterUnitId!: number;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'roster_unit_id', foreignKeyConstraintName: 'fk_roster_entries_roster_unit' })
  rosterUnit?: UnitEntity;

  /** Where the person works: the sub-unit the file named, or the roster's own unit. */
  @Column({ name: 'unit_id', type: 'int' })
  unitId!: number;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_roster_entries_unit' })
  unit?: UnitEntity;

  @Column({ name: 'full_name', type: 'varchar', length: 120 })
  fullName!: string;

  /** Digits only, national form (0…): what a phone login is stored as. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone!: string | null;

  /** Lower case, as an e-mail login is stored. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  /** The account that registered with this phone or e-mail, once exactly one matches. */
  @Column({ name: 'user_id', type: 'int', nullable: true })
  userId!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_roster_entries_user' })
  user?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
