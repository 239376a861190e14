import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The levels of the prosecution system (arts. 9, 13-16): the General Prosecutor's Office, the
 * offices of regions, cities of republican significance and the capital, and district, city,
 * inter-district, military and specialised offices below them.
 */
export enum OfficeLevel {
  GENERAL = 'GENERAL',
  REGIONAL = 'REGIONAL',
  DISTRICT = 'DISTRICT',
}

export enum OfficeKind {
  GENERAL_PROSECUTORS_OFFICE = 'GENERAL_PROSECUTORS_OFFICE',
  REGION = 'REGION',
  CITY_OF_REPUBLICAN_SIGNIFICANCE = 'CITY_OF_REPUBLICAN_SIGNIFICANCE',
  CAPITAL = 'CAPITAL',
  DISTRICT = 'DISTRICT',
  CITY = 'CITY',
  INTER_DISTRICT = 'INTER_DISTRICT',
  MILITARY = 'MILITARY',
  SPECIALISED = 'SPECIALISED',
}

/**
 * One prosecutor's office. `path` is the materialised chain of ancestor ids ('/gpo/region/self/'),
 * so "this office and everything below it" is one indexed prefix query (`path LIKE '/…/%'`).
 */
@Entity({ name: 'offices' })
@Check('offices_root_has_no_parent', `(level = 'GENERAL') = (parent_id IS NULL)`)
export class OfficeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Short stable code used in logs, seeds and integrations: 'GPO', 'ALA', 'ALA-BOS'. */
  @Index('offices_code_key', { unique: true })
  @Column({ type: 'text' })
  code: string;

  @Column({ name: 'name_kk', type: 'text' })
  nameKk: string;

  @Column({ name: 'name_ru', type: 'text' })
  nameRu: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ type: 'text' })
  level: OfficeLevel;

  @Column({ type: 'text' })
  kind: OfficeKind;

  @Index('offices_parent_id_idx')
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: OfficeEntity | null;

  @Index('offices_path_prefix_idx')
  @Column({ type: 'text', collation: 'C' })
  path: string;

  @Column({ type: 'smallint' })
  depth: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
