import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import S3rver from 's3rver';
import { FileStore, LocalFileStore, S3FileStore } from '../../apps/api/src/files/file-store';

/**
 * One storage interface, two stores: the local directory `npm start` uses, and an S3-compatible
 * one — here against s3rver, a real S3 HTTP server from npm (MinIO needs Docker, which this
 * machine has not): the same SDK calls, path-style, signed requests.
 */
const read = async (stream: Readable) => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
};

describe.each(['local', 's3'] as const)('the %s file store', (kind) => {
  const root = mkdtempSync(join(tmpdir(), `pao-store-${kind}-`));
  let store: FileStore;
  let server: S3rver | null = null;

  beforeAll(async () => {
    if (kind === 'local') {
      store = new LocalFileStore(join(root, 'files'));
    } else {
      server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: join(root, 's3') });
      const address: AddressInfo = await server.run();
      store = new S3FileStore('pao-files', { endpoint: `http://127.0.0.1:${address.port}`, region: 'us-east-1', forcePathStyle: true, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' });
    }
    await store.prepare();
  });
  afterAll(async () => {
    if (store instanceof S3FileStore) store.destroy();
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('keeps bytes, a finished upload, and forgets what is removed', async () => {
    const pdf = Buffer.from('%PDF-1.7\nТекст қазақша: ә ғ қ ң ө ұ ү һ і\n');
    await store.put('documents/a.pdf', pdf, 'application/pdf');
    expect((await read(await store.open('documents/a.pdf'))).equals(pdf)).toBe(true);

    const upload = join(root, 'upload.bin');
    writeFileSync(upload, Buffer.alloc(100_000, 7));
    await store.putFile('attachments/b', upload, 100_000, 'image/png');
    expect((await read(await store.open('attachments/b'))).equals(Buffer.alloc(100_000, 7))).toBe(true);

    await store.remove('documents/a.pdf');
    await expect(store.open('documents/a.pdf')).rejects.toThrow();
    await store.remove('documents/a.pdf'); // already gone: nothing happens
  });

  if (kind === 'local') {
    it('never lets a key leave its directory', async () => {
      await expect(store.put('../escape', Buffer.from('x'), 'application/pdf')).rejects.toThrow(/leaves the store/);
    });
  }
});
