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

import { ROLES, type Role } from '@contest/contracts';

import { UnitEntity } from '../units/unit.entity';

@Entity({ name: 'users' })
@Check('ck_users_role', `role IN (${ROLES.map((r) => `'${r}'`).join(', ')})`)
@Check('ck_users_unit_admin_has_unit', `role <> 'unit_admin' OR unit_id IS NOT NULL`)
export class UserEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'pk_users' })
  id!: number;

  @Column({ name: 'full_name', type: 'varchar', length: 120 })
  fullName!: string;

  /** Phone number or email, lower case. */
  @Index('uq_users_login', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  login!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  @Index('ix_users_unit_id')
  @Column({ name: 'unit_id', type: 'int', nullable: true })
  unitId!: number | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_users_unit' })
  unit?: UnitEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
