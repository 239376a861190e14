import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * A user away from work (leave, illness, a business trip) from `startsOn` to `endsOn`, both
 * inclusive, Almaty dates. During it the deputy receives the user's reminders and breach notices
 * as well (the user keeps them too: nothing is lost when the absence is cut short).
 */
@Entity({ name: 'user_absences' })
@Index('user_absences_user_dates_idx', ['userId', 'startsOn', 'endsOn'])
export class UserAbsenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @Index('user_absences_deputy_idx')
  @Column({ name: 'deputy_user_id', type: 'uuid' })
  deputyUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deputy_user_id' })
  deputy?: UserEntity;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
