import { ApiError, CaseStatus, Client } from './client';

/**
 * A case's status, pulled with its ETag: while nothing changed the API answers 304 with no body
 * and the copy held is still current, so polling costs one small round trip.
 */
export class CaseStatusPoller {
  private readonly held = new Map<string, { etag: string; status: CaseStatus }>();

  constructor(private readonly client: Client) {}

  async read(caseId: string): Promise<{ status: CaseStatus; changed: boolean }> {
    const copy = this.held.get(caseId);
    const { data, error, response } = await this.client.GET('/api/v1/cases/{id}/status', {
      params: { path: { id: caseId }, header: copy ? { 'If-None-Match': copy.etag } : {} },
    });
    if (response.status === 304 && copy) return { status: copy.status, changed: false };
    if (!data) throw new ApiError(response.status, error);
    this.held.set(caseId, { etag: response.headers.get('ETag') ?? '', status: data });
    return { status: data, changed: true };
  }
}
