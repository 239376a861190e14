import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { guardedPost, TargetNotAllowed } from './guarded-post';

describe('guardedPost: webhook targets outside the public internet', () => {
  let server: Server;
  let port: number;
  let received = 0;

  beforeAll(async () => {
    server = createServer((request, response) => {
      received += 1;
      request.resume();
      request.on('end', () => response.writeHead(204).end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (url: string, allowedHosts: string[] = []) => guardedPost(url, { 'content-type': 'application/json' }, '{}', { timeoutMs: 2000, allowedHosts });

  it('refuses loopback by address and by name, and sends nothing', async () => {
    received = 0;
    await expect(post(`http://127.0.0.1:${port}/hook`)).rejects.toBeInstanceOf(TargetNotAllowed);
    await expect(post(`http://localhost:${port}/hook`)).rejects.toBeInstanceOf(TargetNotAllowed);
    await expect(post(`http://[::ffff:7f00:1]:${port}/hook`)).rejects.toBeInstanceOf(TargetNotAllowed);
    await expect(post('http://169.254.169.254/latest/meta-data')).rejects.toBeInstanceOf(TargetNotAllowed);
    expect(received).toBe(0);
  });

  it('delivers to a host an operator allowed', async () => {
    received = 0;
    await expect(post(`http://127.0.0.1:${port}/hook`, ['127.0.0.1'])).resolves.toEqual({ status: 204 });
    await expect(post(`http://localhost:${port}/hook`, ['localhost'])).resolves.toEqual({ status: 204 });
    expect(received).toBe(2);
  });
});
