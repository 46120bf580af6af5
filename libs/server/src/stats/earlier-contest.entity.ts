import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A contest run before the system existed: the totals its published report gave, typed in. */
@Entity({ name: 'earlier_contests' })
@Check(
  'ck_earlier_contests_counts',
  'units >= 0 AND attempts >= 0 AND (participants IS NULL OR participants >= 0)',
)
export class EarlierContestEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'pk_earlier_contests' })
  id!: number;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'int' })
  units!: number;

  @Column({ type: 'int', nullable: true })
  participants!: number | null;

  @Column({ type: 'int' })
  attempts!: number;

  @Column({ type: 'int', nullable: true })
  weeks!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
