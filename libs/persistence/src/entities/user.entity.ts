import type { Language } from '@app/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OfficeEntity } from './office.entity';

export enum UserRole {
  /** Files acts and moves them through their life cycle in their own office. */
  PROSECUTOR = 'PROSECUTOR',
  /** Head or deputy head of an office: sees the office's subtree, fires higher-prosecutor events. */
  SUPERVISOR = 'SUPERVISOR',
  /** Manages offices, users and the production calendar. */
  ADMINISTRATOR = 'ADMINISTRATOR',
}

@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('users_login_key', { unique: true })
  @Column({ type: 'text' })
  login: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName: string;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text' })
  role: UserRole;

  @Index('users_office_id_idx')
  @Column({ name: 'office_id', type: 'uuid' })
  officeId: string;

  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office?: OfficeEntity;

  /** bcrypt hash; the password itself is never stored. */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ name: 'is_active', type: 'boolean', default: true })
  isActive: boolean;

  /**
   * Every access token carries the version it was issued under; raising it (a password change,
   * deactivation, a revoked refresh family, a logout) ends them all at once. Never lowered, so a
   * reactivated account's old tokens stay dead.
   */
  @Column({ name: 'token_version', type: 'integer', default: 0 })
  tokenVersion: number;

  /** The language the user chose for the web workspace (kk, ru, en); null until they choose. */
  @Column({ type: 'text', nullable: true })
  language: Language | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
