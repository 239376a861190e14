import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Where a page of an (instant, id) keyset listing ends — created_at for cases, acts and
 * notifications, due_at for the overdue list: the next page starts strictly after it. The API
 * carries it to clients as an opaque cursor.
 */
export interface KeysetPosition {
  readonly at: string;
  readonly id: string;
}

/** A page of rows and where the next one starts (null on the last page). */
export interface KeysetPage<Row> {
  readonly items: Row[];
  readonly next: KeysetPosition | null;
}

export interface PageRequest {
  readonly limit: number;
  readonly after?: KeysetPosition;
}

/** Newest first by (created_at, id), after the request's position, `limit + 1` rows (the extra one only tells that another page exists). */
export function newestFirst<Entity extends ObjectLiteral>(builder: SelectQueryBuilder<Entity>, alias: string, page: PageRequest): void {
  builder.orderBy(`${alias}.created_at`, 'DESC').addOrderBy(`${alias}.id`, 'DESC').limit(page.limit + 1);
  if (page.after) builder.andWhere(`(${alias}.created_at, ${alias}.id) < (:afterAt, :afterId)`, { afterAt: page.after.at, afterId: page.after.id });
}

/** The page of rows fetched with limit + 1 by newestFirst. */
export function toKeysetPage<Row extends { createdAt: Date; id: string }>(rows: Row[], limit: number): KeysetPage<Row> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, next: rows.length > limit && last ? { at: last.createdAt.toISOString(), id: last.id } : null };
}
