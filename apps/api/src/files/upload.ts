import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HttpStatus } from '@nestjs/common';
import busboy from 'busboy';
import { Request } from 'express';
import { ApiErrorCode } from '../http/error-codes';
import { ProblemException } from '../http/problem-details';
import { SNIFF_BYTES, sniffType, SniffableType } from './content-type';

/** A file received whole and checked, waiting in a temporary file to be moved into the store. */
export interface ReceivedFile {
  readonly path: string;
  readonly fileName: string;
  readonly mediaType: SniffableType;
  readonly size: number;
  readonly sha256: string;
}

export interface UploadLimits {
  readonly maxBytes: number;
  readonly allowedTypes: ReadonlySet<string>;
}

/** The one multipart part a file is sent in. */
export const FILE_PART = 'file';

const problem = (status: HttpStatus, code: ApiErrorCode, title: string, detail?: string) => new ProblemException({ status, code, title, detail });

/**
 * Streams a multipart/form-data upload (one part `file`) to a temporary file, hashing it on the
 * way; its type is decided by its first bytes, not by its name or the declared type. Refused —
 * too large (413), a type not allowed (415), no file or a broken body (400) — the temporary file is
 * removed: nothing of a refused upload is kept. The rest of a refused body is read and dropped, so
 * the client gets its answer instead of a reset connection.
 */
export async function receiveUpload(request: Request, limits: UploadLimits): Promise<ReceivedFile> {
  if (!request.is('multipart/form-data')) {
    throw problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'MULTIPART_REQUIRED', 'Upload the file as multipart/form-data', `Send one part named "${FILE_PART}"; the body was ${request.headers['content-type'] ?? 'untyped'}.`);
  }
  const directory = join(tmpdir(), 'pao-uploads');
  await mkdir(directory, { recursive: true });
  const path = join(directory, randomUUID());
  try {
    return await new Promise<ReceivedFile>((resolvePromise, rejectPromise) => {
      let parser: busboy.Busboy;
      try {
        // File names arrive as UTF-8 (browsers and clients send them so), not busboy's default latin1.
        parser = busboy({ headers: request.headers, defParamCharset: 'utf8', limits: { files: 1, fileSize: limits.maxBytes } });
      } catch {
        rejectPromise(problem(HttpStatus.BAD_REQUEST, 'INVALID_UPLOAD', 'The multipart body cannot be read', 'The Content-Type lacks its boundary.'));
        return;
      }
      let refusal: ProblemException | null = null;
      let received: Promise<ReceivedFile> | null = null;
      const refuse = (reason: ProblemException) => {
        refusal ??= reason;
      };

      parser.on('file', (field, stream, info) => {
        if (field !== FILE_PART || received) {
          refuse(problem(HttpStatus.BAD_REQUEST, 'INVALID_UPLOAD', `Send exactly one file, in the part named "${FILE_PART}"`));
          stream.resume();
          return;
        }
        received = new Promise<ReceivedFile>((resolveFile, rejectFile) => {
          const hash = createHash('sha256');
          const out = createWriteStream(path);
          let size = 0;
          let head = Buffer.alloc(0);
          let mediaType: SniffableType | null = null;
          stream.on('data', (chunk: Buffer) => {
            if (refusal) return;
            if (mediaType === null) {
              head = Buffer.concat([head, chunk]);
              if (head.length < SNIFF_BYTES) return;
              mediaType = sniffType(head);
              if (mediaType === null || !limits.allowedTypes.has(mediaType)) {
                refuse(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'ATTACHMENT_TYPE_NOT_ALLOWED', 'This type of file is not accepted', `Accepted, by content: ${[...limits.allowedTypes].join(', ')}.`));
                return;
              }
              chunk = head;
            }
            size += chunk.length;
            hash.update(chunk);
            out.write(chunk);
          });
          stream.on('limit', () => refuse(problem(HttpStatus.PAYLOAD_TOO_LARGE, 'ATTACHMENT_TOO_LARGE', 'The file is too large', `A file may be at most ${limits.maxBytes} bytes.`)));
          stream.on('error', rejectFile);
          stream.on('end', () => {
            // fewer bytes than a signature needs: judge what there is
            if (!refusal && mediaType === null) {
              mediaType = sniffType(head);
              if (mediaType === null || !limits.allowedTypes.has(mediaType)) {
                refuse(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'ATTACHMENT_TYPE_NOT_ALLOWED', 'This type of file is not accepted', `Accepted, by content: ${[...limits.allowedTypes].join(', ')}.`));
              } else {
                size += head.length;
                hash.update(head);
                out.write(head);
              }
            }
            out.end(() => resolveFile({ path, fileName: info.filename || 'file', mediaType: mediaType ?? 'application/pdf', size, sha256: hash.digest('hex') }));
          });
          out.on('error', rejectFile);
        });
      });
      parser.on('filesLimit', () => refuse(problem(HttpStatus.BAD_REQUEST, 'INVALID_UPLOAD', `Send exactly one file, in the part named "${FILE_PART}"`)));
      parser.on('field', () => refuse(problem(HttpStatus.BAD_REQUEST, 'INVALID_UPLOAD', `Send exactly one file, in the part named "${FILE_PART}", and no other part`)));
      parser.on('error', () => refuse(problem(HttpStatus.BAD_REQUEST, 'INVALID_UPLOAD', 'The multipart body cannot be read')));
      parser.on('close', () => {
        const settle = async () => {
          const file = received ? await received : null;
          if (refusal) throw refusal;
          if (!file) throw problem(HttpStatus.BAD_REQUEST, 'INVALID_UPLOAD', `Send exactly one file, in the part named "${FILE_PART}"`);
          if (file.size === 0) throw problem(HttpStatus.BAD_REQUEST, 'INVALID_UPLOAD', 'The file is empty');
          return file;
        };
        settle().then(resolvePromise, rejectPromise);
      });
      request.on('aborted', () => refuse(problem(HttpStatus.BAD_REQUEST, 'INVALID_UPLOAD', 'The upload was cut short')));
      request.pipe(parser);
    });
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
}
