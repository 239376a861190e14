import { UserRole } from '@app/persistence';
import { applyDecorators, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Request, Response } from 'express';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { attachmentDisposition } from '../files/content-disposition';
import { AttachmentOwner, AttachmentsService } from './attachments.service';
import { AttachmentListView, AttachmentView, UploadAttachmentBody } from './dto/document.views';

const USERS = [UserRole.PROSECUTOR, UserRole.SUPERVISOR] as const;

const ApiUpload = (owner: string) =>
  applyDecorators(
    ApiConsumes('multipart/form-data'),
    ApiBody({ type: UploadAttachmentBody }),
    ApiCreatedResponse({ type: AttachmentView, description: `The file, kept with the ${owner}; its SHA-256 is in the audit log`, headers: { Location: {} } }),
    ApiResponse({ status: 400, description: 'INVALID_UPLOAD: the multipart body is broken, or has no part `file`, or more than one part.' }),
    ApiResponse({ status: 413, description: 'ATTACHMENT_TOO_LARGE: larger than ATTACHMENT_MAX_BYTES; nothing was stored.' }),
    ApiResponse({ status: 415, description: 'ATTACHMENT_TYPE_NOT_ALLOWED: the content is not of an allowed type, whatever the name says; MULTIPART_REQUIRED: send multipart/form-data. Nothing was stored.' }),
    ApiForbiddenResponse({ description: `NOT_ACT_OFFICE: files are added by a prosecutor of the ${owner}’s own office.` }),
    ApiConflictResponse({ description: `ATTACHMENT_LOCKED: the ${owner === 'act' ? 'act was issued' : 'case is closed'}; its files are part of its record.` }),
  );

const ApiDownload = () =>
  applyDecorators(
    ApiProduces('application/octet-stream'),
    ApiOkResponse({
      description: 'The file as uploaded, as an attachment under its original name',
      headers: {
        'Content-Disposition': { required: true, description: `attachment; filename="scan.pdf"; filename*=UTF-8''…`, schema: { type: 'string' } },
        'X-Content-SHA256': { required: true, description: 'Hex SHA-256 of the file', schema: { type: 'string' } },
      },
      content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
    }),
  );

const ApiRemove = (owner: string) =>
  applyDecorators(
    HttpCode(204),
    ApiNoContentResponse({ description: 'Removed; the audit log keeps its record and SHA-256' }),
    ApiForbiddenResponse({ description: `NOT_ACT_OFFICE: files are removed by a prosecutor of the ${owner}’s own office.` }),
    ApiConflictResponse({ description: `ATTACHMENT_LOCKED: the ${owner === 'act' ? 'act was issued' : 'case is closed'}; its files are part of its record.` }),
  );

/**
 * Files of an act (a sanction request's materials, the addressee's answer, evidence for a court
 * application) and of a case: access is exactly the act's or the case's (404 outside it).
 */
@ApiTags('attachments')
@Controller('api/v1')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post('acts/:id/attachments')
  @Roles(...USERS)
  @ApiOperation({ operationId: 'uploadActAttachment', summary: 'Attach a file to an act (multipart, part `file`): streamed, size-limited, its type judged by its content' })
  @ApiUpload('act')
  uploadToAct(@CurrentCaller() caller: Caller, @Param('id', new ParseUUIDPipe()) id: string, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    return this.upload(caller, { kind: 'act', id }, request, response, `/api/v1/acts/${id}/attachments`);
  }

  @Get('acts/:id/attachments')
  @Roles(...USERS)
  @ApiOperation({ operationId: 'listActAttachments', summary: 'The files of an act, oldest first' })
  @ApiOkResponse({ type: AttachmentListView })
  async listOfAct(@CurrentCaller() caller: Caller, @Param('id', new ParseUUIDPipe()) id: string): Promise<AttachmentListView> {
    return { items: await this.attachments.list(caller.principal, { kind: 'act', id }) };
  }

  @Get('acts/:id/attachments/:attachmentId')
  @Roles(...USERS)
  @ApiOperation({ operationId: 'downloadActAttachment', summary: 'Download a file of an act' })
  @ApiDownload()
  downloadOfAct(
    @CurrentCaller() caller: Caller,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('attachmentId', new ParseUUIDPipe()) attachmentId: string,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.download(caller, { kind: 'act', id }, attachmentId, response);
  }

  @Delete('acts/:id/attachments/:attachmentId')
  @Roles(...USERS)
  @ApiOperation({ operationId: 'deleteActAttachment', summary: 'Remove a file of an act before it is issued' })
  @ApiRemove('act')
  async removeOfAct(@CurrentCaller() caller: Caller, @Param('id', new ParseUUIDPipe()) id: string, @Param('attachmentId', new ParseUUIDPipe()) attachmentId: string): Promise<void> {
    await this.attachments.remove(caller, { kind: 'act', id }, attachmentId);
  }

  @Post('cases/:id/attachments')
  @Roles(...USERS)
  @ApiOperation({ operationId: 'uploadCaseAttachment', summary: 'Attach a file to a case (multipart, part `file`): streamed, size-limited, its type judged by its content' })
  @ApiUpload('case')
  uploadToCase(@CurrentCaller() caller: Caller, @Param('id', new ParseUUIDPipe()) id: string, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    return this.upload(caller, { kind: 'case', id }, request, response, `/api/v1/cases/${id}/attachments`);
  }

  @Get('cases/:id/attachments')
  @Roles(...USERS)
  @ApiOperation({ operationId: 'listCaseAttachments', summary: 'The files of a case itself (not those of its acts), oldest first' })
  @ApiOkResponse({ type: AttachmentListView })
  async listOfCase(@CurrentCaller() caller: Caller, @Param('id', new ParseUUIDPipe()) id: string): Promise<AttachmentListView> {
    return { items: await this.attachments.list(caller.principal, { kind: 'case', id }) };
  }

  @Get('cases/:id/attachments/:attachmentId')
  @Roles(...USERS)
  @ApiOperation({ operationId: 'downloadCaseAttachment', summary: 'Download a file of a case' })
  @ApiDownload()
  downloadOfCase(
    @CurrentCaller() caller: Caller,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('attachmentId', new ParseUUIDPipe()) attachmentId: string,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.download(caller, { kind: 'case', id }, attachmentId, response);
  }

  @Delete('cases/:id/attachments/:attachmentId')
  @Roles(...USERS)
  @ApiOperation({ operationId: 'deleteCaseAttachment', summary: 'Remove a file of a case while it is open' })
  @ApiRemove('case')
  async removeOfCase(@CurrentCaller() caller: Caller, @Param('id', new ParseUUIDPipe()) id: string, @Param('attachmentId', new ParseUUIDPipe()) attachmentId: string): Promise<void> {
    await this.attachments.remove(caller, { kind: 'case', id }, attachmentId);
  }

  private async upload(caller: Caller, owner: AttachmentOwner, request: Request, response: Response, base: string): Promise<AttachmentView> {
    const attachment = await this.attachments.upload(caller, owner, request);
    response.setHeader('Location', `${base}/${attachment.id}`);
    return attachment;
  }

  private async download(caller: Caller, owner: AttachmentOwner, attachmentId: string, response: Response): Promise<StreamableFile> {
    const { attachment, body } = await this.attachments.open(caller.principal, owner, attachmentId);
    response.setHeader('X-Content-SHA256', attachment.sha256);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(body, { type: 'application/octet-stream', disposition: attachmentDisposition(attachment.fileName), length: Number(attachment.sizeBytes) });
  }
}
