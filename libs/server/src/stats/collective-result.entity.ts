import { Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';

import type { CollectiveRule, CollectiveStanding } from '@contest/contracts';

import { UserEntity } from '../accounts/user.entity';
import { ContestEntity } from '../rounds/contest.entity';

/**
 * A contest's finalised collective prizes: the standings with every unit's components as they
 * were computed, and the rule that computed them, so the result can be checked against both.
 */
@Entity({ name: 'collective_results' })
export class CollectiveResultEntity {
  @PrimaryColumn({ name: 'contest_id', type: 'int', primaryKeyConstraintName: 'pk_collective_results' })
  contestId!: number;

  @OneToOne(() => ContestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contest_id', foreignKeyConstraintName: 'fk_collective_results_contest' })
  contest?: ContestEntity;

  @Column({ type: 'jsonb' })
  rule!: CollectiveRule;

  @Column({ type: 'jsonb' })
  standings!: CollectiveStanding[];

  @Column({ name: 'finalised_at', type: 'timestamptz' })
  finalisedAt!: Date;

  @Column({ name: 'finalised_by', type: 'int' })
  finalisedBy!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'finalised_by', foreignKeyConstraintName: 'fk_collective_results_finalised_by' })
  finaliser?: UserEntity;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;
}
