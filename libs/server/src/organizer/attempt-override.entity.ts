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
import { RoundEntity } from '../rounds/round.entity';

/** Extra time or attempts granted to one participant in one round; grants add up. */
@Entity({ name: 'attempt_overrides' })
@Check('ck_attempt_overrides_amounts', 'extra_seconds >= 0 AND extra_attempts >= 0')
@Index('ix_attempt_overrides_round_user', ['roundId', 'userId'])
export class AttemptOverrideEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'pk_attempt_overrides' })
  id!: number;

  @Column({ name: 'round_id', type: 'int' })
  roundId!: number;

  @ManyToOne(() => RoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_attempt_overrides_round' })
  round?: RoundEntity;

  @Column({ name: 'user_id', type: 'int' })
  userId!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_attempt_overrides_user' })
  user?: UserEntity;

  @Column({ name: 'extra_seconds', type: 'int', default: 0 })
  extraSeconds!: number;

  @Column({ name: 'extra_attempts', type: 'int', default: 0 })
  extraAttempts!: number;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'granted_by', type: 'int' })
  grantedBy!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'granted_by', foreignKeyConstraintName: 'fk_attempt_overrides_granted_by' })
  granter?: UserEntity;

  @CreateDateColumn({ name: 'granted_at', type: 'timestamptz' })
  grantedAt!: Date;
}
