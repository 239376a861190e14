import { CallHandler, ExecutionContext } from '@nestjs/common';
import { lastValueFrom, of } from 'rxjs';
import { strongETag } from './etag';
import { ETagInterceptor } from './etag.interceptor';

/** Just enough of Express for the interceptor: method, path, headers in; status and headers out. */
function exchange(method: string, path: string, requestHeaders: Record<string, string> = {}, responseHeaders: Record<string, string> = {}) {
  const response = {
    statusCode: 200,
    headers: { ...responseHeaders } as Record<string, string>,
    getHeader: (name: string) => response.headers[name.toLowerCase()],
    setHeader: (name: string, value: string) => void (response.headers[name.toLowerCase()] = value),
    status: (code: number) => void (response.statusCode = code),
  };
  const request = { method, path, header: (name: string) => requestHeaders[name.toLowerCase()] };
  const context = { getType: () => 'http', switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }) } as unknown as ExecutionContext;
  return { context, response };
}

const handler = (body: unknown): CallHandler => ({ handle: () => of(body) });

describe('ETagInterceptor', () => {
  const interceptor = new ETagInterceptor();

  it('keeps an ETag the handler set itself and answers If-None-Match against it', async () => {
    const { context, response } = exchange('GET', '/api/v1/acts/1', { 'if-none-match': '"7"' }, { etag: '"7"' });
    expect(await lastValueFrom(interceptor.intercept(context, handler({ version: 7 })))).toBeUndefined();
    expect(response.statusCode).toBe(304);
    expect(response.headers.etag).toBe('"7"');
  });

  it('tags a body by the hash of its JSON and answers that very text, serialised once', async () => {
    const { context, response } = exchange('GET', '/api/v1/cases/1/status');
    const answered = await lastValueFrom(interceptor.intercept(context, handler({ id: 1, acts: [] })));
    expect(answered).toBe('{"id":1,"acts":[]}');
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers.etag).toBe(strongETag('{"id":1,"acts":[]}'));
    const again = exchange('GET', '/api/v1/cases/1/status', { 'if-none-match': response.headers.etag });
    expect(await lastValueFrom(interceptor.intercept(again.context, handler({ id: 1, acts: [] })))).toBeUndefined();
    expect(again.response.statusCode).toBe(304);
  });

  it.each([
    ['a POST', 'POST', '/api/v1/cases'],
    ['a GET outside /api/v1', 'GET', '/health/live'],
  ])('leaves %s alone', async (_name, method, path) => {
    const { context, response } = exchange(method, path, { 'if-none-match': '*' });
    expect(await lastValueFrom(interceptor.intercept(context, handler({ a: 1 })))).toEqual({ a: 1 });
    expect(response.headers).toEqual({});
    expect(response.statusCode).toBe(200);
  });

  it('leaves bodies that are not JSON objects alone', async () => {
    const { context, response } = exchange('GET', '/api/v1/x', { 'if-none-match': '*' });
    expect(await lastValueFrom(interceptor.intercept(context, handler(Buffer.from('raw'))))).toEqual(Buffer.from('raw'));
    expect(response.headers.etag).toBeUndefined();
  });
});
