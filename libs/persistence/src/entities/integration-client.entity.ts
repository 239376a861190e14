import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What an integration may do. Persisted as text: never rename a member. */
export enum IntegrationScope {
  /** Read case status and acts. */
  CASES_READ = 'cases:read',
  /** Read the change feed. */
  CHANGES_READ = 'changes:read',
  /** Read the delivery log of its own webhook subscriptions. */
  WEBHOOKS_READ = 'webhooks:read',
}

/**
 * Another state system that pulls case status and the change feed. Its API key is shown once at
 * creation; only a SHA-256 hash is stored (the key is 256 random bits, so a slow hash adds nothing).
 */
@Entity({ name: 'integration_clients' })
export class IntegrationClientEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** The key's public prefix ('pak_' + 8 characters): finds the row without scanning hashes. */
  @Index('integration_clients_key_prefix_key', { unique: true })
  @Column({ name: 'key_prefix', type: 'text' })
  keyPrefix: string;

  @Column({ name: 'key_hash', type: 'text' })
  keyHash: string;

  @Column({ type: 'text', array: true })
  scopes: IntegrationScope[];

  /** Roots of the office subtrees it may read. */
  @Column({ name: 'office_ids', type: 'uuid', array: true })
  officeIds: string[];

  @Column({ name: 'is_active', type: 'boolean', default: true })
  isActive: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
