import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile, copyFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { CreateBucketCommand, DeleteObjectCommand, GetObjectCommand, HeadBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { AppConfig } from '@app/config';

/**
 * Where the bytes of acts' documents and attachments live; PostgreSQL keeps their records, hashes
 * and keys. Keys are ours (`documents/<uuid>.pdf`, `attachments/<uuid>`), never a user's file name.
 */
export abstract class FileStore {
  /** Stores bytes under `key`. */
  abstract put(key: string, bytes: Buffer, mediaType: string): Promise<void>;
  /** Moves a finished local file (an upload, already checked) under `key`. */
  abstract putFile(key: string, path: string, size: number, mediaType: string): Promise<void>;
  /** The bytes under `key`, as a stream. */
  abstract open(key: string): Promise<Readable>;
  /** Removes `key`; nothing happens when it is already gone. */
  abstract remove(key: string): Promise<void>;
  /** Gets the store ready (the directory, the bucket); called once at start. */
  abstract prepare(): Promise<void>;
}

/** The default: a directory (FILE_STORE_DIR, `.data/files` — `npm start` needs nothing else). */
export class LocalFileStore extends FileStore {
  private readonly root: string;

  constructor(directory: string) {
    super();
    this.root = resolve(directory);
  }

  async prepare(): Promise<void> {
    await mkdir(this.root, { recursive: true });
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    // write then rename: a reader never sees half a file
    await writeFile(`${path}.part`, bytes);
    await rename(`${path}.part`, path);
  }

  async putFile(key: string, source: string): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    try {
      await rename(source, path);
    } catch (error) {
      // another file system (the upload's temporary directory): copy, then drop the source
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      await copyFile(source, `${path}.part`);
      await rename(`${path}.part`, path);
      await rm(source, { force: true });
    }
  }

  async open(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    await stat(path);
    return createReadStream(path);
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /** Keys are ours, but a key must never leave the root all the same. */
  private pathOf(key: string): string {
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root + sep)) throw new Error(`file key ${key} leaves the store`);
    return path;
  }
}

/** Any S3-compatible store (MinIO, AWS S3): FILE_STORE=s3 with S3_ENDPOINT, S3_BUCKET and credentials. */
export class S3FileStore extends FileStore {
  private readonly client: S3Client;

  constructor(
    private readonly bucket: string,
    options: { endpoint?: string; region: string; forcePathStyle: boolean; accessKeyId?: string; secretAccessKey?: string },
  ) {
    super();
    this.client = new S3Client({
      endpoint: options.endpoint,
      region: options.region,
      forcePathStyle: options.forcePathStyle,
      credentials: options.accessKeyId && options.secretAccessKey ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey } : undefined,
      // Checksums only where S3 requires them: S3-compatible servers do not all know the newer ones.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async prepare(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
    } catch {
      await this.client.send(new CreateBucketCommand({ Bucket: this.bucket }));
    }
  }

  async put(key: string, bytes: Buffer, mediaType: string): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: bytes, ContentType: mediaType, ContentLength: bytes.length }));
  }

  async putFile(key: string, path: string, size: number, mediaType: string): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: createReadStream(path), ContentType: mediaType, ContentLength: size }));
    await rm(path, { force: true });
  }

  async open(key: string): Promise<Readable> {
    const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    if (!(object.Body instanceof Readable)) throw new Error(`S3 object ${key} has no body`);
    return object.Body;
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  destroy(): void {
    this.client.destroy();
  }
}

export function fileStoreFor(config: AppConfig): FileStore {
  if (config.FILE_STORE === 'local') return new LocalFileStore(config.FILE_STORE_DIR);
  if (!config.S3_BUCKET) throw new Error('S3_BUCKET is required when FILE_STORE=s3');
  return new S3FileStore(config.S3_BUCKET, {
    endpoint: config.S3_ENDPOINT,
    region: config.S3_REGION,
    forcePathStyle: config.S3_FORCE_PATH_STYLE === 'true',
    accessKeyId: config.S3_ACCESS_KEY_ID,
    secretAccessKey: config.S3_SECRET_ACCESS_KEY,
  });
}
