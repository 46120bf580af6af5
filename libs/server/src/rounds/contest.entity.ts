import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

import type { CollectiveRule, PrizeCounts } from '@contest/contracts';

@Entity({ name: 'contests' })
export class ContestEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'pk_contests' })
  id!: number;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'int' })
  year!: number;

  /** The bank's topics: an import with any other topic is refused. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  topics!: string[];

  @Column({
    name: 'prize_counts',
    type: 'jsonb',
    // Written as Postgres prints jsonb, so the schema check sees no difference.
    default: () => `'{"first": 0, "third": 0, "second": 0, "encouragement": 0}'`,
  })
  prizeCounts!: PrizeCounts;

  /** At most one prize per person across the contest's rounds (earlier weeks first). */
  @Column({ name: 'one_prize_per_person', type: 'boolean', default: false })
  onePrizePerPerson!: boolean;

  /** Unit admins may take part and be ranked; organizers and judges never are. */
  @Column({ name: 'unit_admins_compete', type: 'boolean', default: false })
  unitAdminsCompete!: boolean;

  /** Public results list everyone's name and unit; otherwise only the winners are named. */
  @Column({ name: 'public_ranking_names', type: 'boolean', default: false })
  publicRankingNames!: boolean;

  /** The collective (unit) prize formula; null until the organizer sets one. */
  @Column({ name: 'collective_rule', type: 'jsonb', nullable: true })
  collectiveRule!: CollectiveRule | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
