import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { ApiError, Change, Client } from './client';

/**
 * Follows GET /api/v1/changes: every case and act change exactly once, in commit order. The cursor
 * is stored only after a page's changes are handled, and replaced atomically (write, then rename),
 * so a crash at any point resumes with the first change not yet handled — at worst one page again,
 * which `handle` must tolerate (a change's `cursor` identifies it).
 */
export async function followChanges(client: Client, cursorFile: string, handle: (change: Change) => Promise<void>): Promise<number> {
  let after = existsSync(cursorFile) ? readFileSync(cursorFile, 'utf8').trim() : undefined;
  let handled = 0;
  for (;;) {
    const { data, error, response } = await client.GET('/api/v1/changes', { params: { query: { limit: 100, ...(after ? { after } : {}) } } });
    if (!data) throw new ApiError(response.status, error);
    for (const change of data.items) await handle(change);
    handled += data.items.length;
    after = data.nextCursor;
    writeFileSync(`${cursorFile}.tmp`, after);
    renameSync(`${cursorFile}.tmp`, cursorFile);
    if (!data.hasMore) return handled;
  }
}
