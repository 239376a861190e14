import { UserRole } from '@app/persistence';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConflictResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Response } from 'express';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { ActsService } from '../acts/acts.service';
import { ActDetailView } from '../acts/dto/act.views';
import { attachmentDisposition } from '../files/content-disposition';
import { ActDocumentsService } from './act-documents.service';
import { DocumentQuery, SignDocumentDto } from './dto/document.views';

const READERS = [UserRole.PROSECUTOR, UserRole.SUPERVISOR] as const;

/** The act as a document: its PDF in Kazakh or Russian, and the e-signatures over it. */
@ApiTags('acts')
@Controller('api/v1/acts')
export class ActDocumentsController {
  constructor(
    private readonly documents: ActDocumentsService,
    private readonly acts: ActsService,
  ) {}

  @Get(':id/document')
  @Roles(...READERS)
  @ApiOperation({
    operationId: 'getActDocument',
    summary: 'The act’s PDF in kk or ru: letterhead, outgoing number and date, addressee, its text, legal basis, term and due date, signatory',
    description:
      'A draft’s PDF is prepared when first asked for and kept until the draft is corrected: sign exactly these bytes. An issued act answers the PDF it was issued with, for ever (its SHA-256 is on the act and in the audit log).',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'The PDF, as an attachment named after the act',
    headers: {
      'Content-Disposition': { required: true, description: 'attachment; filename="protest-1042-kk.pdf"', schema: { type: 'string' } },
      'X-Document-SHA256': { required: true, description: 'Hex SHA-256 of the PDF', schema: { type: 'string' } },
    },
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiConflictResponse({ description: 'ACT_TEXT_LANGUAGE_MISSING: the act has no text in this language.' })
  async document(@CurrentCaller() caller: Caller, @Param('id', new ParseUUIDPipe()) id: string, @Query() query: DocumentQuery, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    const served = await this.documents.open(caller.principal, id, query.lang);
    response.setHeader('X-Document-SHA256', served.document.sha256);
    response.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(served.body, { type: 'application/pdf', disposition: attachmentDisposition(served.fileName), length: served.document.sizeBytes });
  }

  @Post(':id/signatures')
  @HttpCode(200)
  @Roles(...READERS)
  @ApiOperation({
    operationId: 'signActDocument',
    summary: 'Send a detached CMS (PKCS#7) signature over the draft’s PDF in one language; verified (signature, chain to the trusted roots, validity at signing time, key usage) and recorded',
  })
  @ApiBody({ type: SignDocumentDto })
  @ApiOkResponse({ type: ActDetailView, description: 'The act with the signature recorded; its ETag is its new version', headers: { ETag: {} } })
  @ApiForbiddenResponse({ description: 'NOT_ACT_OFFICE: the act’s document is signed in its own office.' })
  @ApiConflictResponse({
    description: 'ACT_NOT_A_DRAFT: an issued act’s document is final. DOCUMENT_NOT_PREPARED: download the PDF first. VERSION_CONFLICT: the draft changed meanwhile.',
  })
  @ApiUnprocessableEntityResponse({
    description:
      'SIGNATURE_MALFORMED, SIGNATURE_GOST_NOT_SUPPORTED (GOST is out of scope for now), SIGNATURE_ALGORITHM_NOT_SUPPORTED, SIGNATURE_DOCUMENT_MISMATCH, SIGNATURE_INVALID, SIGNATURE_CERTIFICATE_UNTRUSTED, SIGNATURE_CERTIFICATE_NOT_VALID, SIGNATURE_KEY_USAGE_NOT_ALLOWED or SIGNING_TIME_IMPLAUSIBLE.',
  })
  async sign(@CurrentCaller() caller: Caller, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: SignDocumentDto, @Res({ passthrough: true }) response: Response): Promise<ActDetailView> {
    await this.documents.sign(caller, id, body);
    const act = await this.acts.get(caller.principal, id);
    response.setHeader('ETag', `"${act.version}"`);
    return act;
  }
}
