/**
 * The browser session. The access token lives in this module's memory only — never in
 * localStorage, where any injected script could read it; the refresh token is an httpOnly cookie
 * the page cannot read at all (apps/api/src/auth/session.controller.ts). A reload therefore starts
 * with a refresh; an expired access token is refreshed on the first 401.
 */
let accessToken: string | null = null;
let refreshing: Promise<boolean> | null = null;
const listeners = new Set<() => void>();

export type SessionState = 'unknown' | 'signed-in' | 'signed-out';
let state: SessionState = 'unknown';

function setState(next: SessionState): void {
  state = next;
  listeners.forEach((listener) => listener());
}

export const session = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  state: (): SessionState => state,
  token: (): string | null => accessToken,
  signedIn(token: string): void {
    accessToken = token;
    setState('signed-in');
  },
  signedOut(): void {
    accessToken = null;
    setState('signed-out');
  },
  /** One refresh in flight at a time: the cookie rotates, so a second parallel refresh would replay a spent one and revoke the session. */
  refresh(): Promise<boolean> {
    refreshing ??= fetch('/api/v1/auth/session/refresh', { method: 'POST', credentials: 'same-origin' })
      .then(async (response) => {
        if (!response.ok) {
          session.signedOut();
          return false;
        }
        const body = (await response.json()) as { accessToken: string };
        session.signedIn(body.accessToken);
        return true;
      })
      .catch(() => {
        session.signedOut();
        return false;
      })
      .finally(() => {
        refreshing = null;
      });
    return refreshing;
  },
};
