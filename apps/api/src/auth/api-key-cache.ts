import { Clock } from '@app/config';
import { AccessChanges } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { IntegrationPrincipal } from './principal';

/**
 * How long a verified API key is trusted without asking PostgreSQL again. A client revoked (or an
 * office moved) through this process's admin API is forgotten at once; a change made any other way
 * — another API process, SQL by hand — takes effect within this time.
 */
export const API_KEY_CACHE_TTL_MS = 5_000;

/** Most keys remembered at once; the oldest is forgotten first. */
export const API_KEY_CACHE_MAX_ENTRIES = 1_000;

/**
 * How long a key that matches no client (none was ever issued it) is answered 401 without asking
 * PostgreSQL, and how many such keys are remembered. A key is 256 random bits shown once when its
 * client is created, so no legitimate caller sends one that does not exist yet; a new client also
 * empties this list. A revoked client's key is not remembered: its client may be reactivated.
 */
export const UNKNOWN_KEY_TTL_MS = 60_000;
export const UNKNOWN_KEY_MAX_ENTRIES = 10_000;

interface Entry {
  readonly principal: IntegrationPrincipal;
  readonly expiresAt: number;
}

/**
 * Verified API keys (by their SHA-256, never the key itself) → the integration they speak for, for
 * a few seconds: an integration polling the case status or the change feed would otherwise cost a
 * lookup of its client and offices on every request. Keys that matched nothing are remembered too
 * (a cheap negative cache): a caller repeating a wrong key costs no lookup. The flood of ever new
 * random keys is stopped before, by the failed-authentication budget of its address (AddressLimits).
 *
 * Invalidation: every write of an integration client or an office in this process empties the
 * cache, when it happens and again when its transaction commits (AccessChanges); a lookup that
 * started before an invalidation does not store its answer (the generation check).
 */
@Injectable()
export class ApiKeyCache {
  private readonly entries = new Map<string, Entry>();
  /** Unknown key hashes → until when they are answered without a lookup. */
  private readonly unknown = new Map<string, number>();
  private currentGeneration = 0;

  constructor(
    private readonly clock: Clock,
    changes: AccessChanges,
  ) {
    changes.onChange(() => this.invalidate());
  }

  /** Taken before a lookup and handed to `remember`. */
  get generation(): number {
    return this.currentGeneration;
  }

  get size(): number {
    return this.entries.size;
  }

  find(keyHash: string): IntegrationPrincipal | undefined {
    const entry = this.entries.get(keyHash);
    if (!entry) return undefined;
    if (entry.expiresAt > this.clock.now().getTime()) return entry.principal;
    this.entries.delete(keyHash);
    return undefined;
  }

  remember(keyHash: string, principal: IntegrationPrincipal, generation: number): void {
    if (generation !== this.currentGeneration) return;
    this.entries.delete(keyHash); // re-inserted last: the Map's order is the eviction order
    if (this.entries.size >= API_KEY_CACHE_MAX_ENTRIES) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(keyHash, { principal, expiresAt: this.clock.now().getTime() + API_KEY_CACHE_TTL_MS });
  }

  /** Whether the key matched no client a moment ago (UNKNOWN_KEY_TTL_MS). */
  isKnownUnknown(keyHash: string): boolean {
    const until = this.unknown.get(keyHash);
    if (until === undefined) return false;
    if (until > this.clock.now().getTime()) return true;
    this.unknown.delete(keyHash);
    return false;
  }

  rememberUnknown(keyHash: string, generation: number): void {
    if (generation !== this.currentGeneration) return;
    this.unknown.delete(keyHash);
    if (this.unknown.size >= UNKNOWN_KEY_MAX_ENTRIES) {
      const oldest = this.unknown.keys().next();
      if (!oldest.done) this.unknown.delete(oldest.value);
    }
    this.unknown.set(keyHash, this.clock.now().getTime() + UNKNOWN_KEY_TTL_MS);
  }

  invalidate(): void {
    this.currentGeneration += 1;
    this.entries.clear();
    this.unknown.clear();
  }
}
