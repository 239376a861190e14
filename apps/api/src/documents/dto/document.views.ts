import { TEXT_LANGUAGES, TextLanguage } from '@app/domain';
import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { IsBase64, IsIn, MaxLength } from 'class-validator';

/** Which language of the act's document. */
export class DocumentQuery {
  @ApiProperty({ enum: TEXT_LANGUAGES, enumName: 'TextLanguage', description: 'kk (the state language) or ru' })
  @IsIn(TEXT_LANGUAGES)
  lang: TextLanguage;
}

/** A detached CMS signature over the act's PDF in one language, as NCALayer returns it. */
@ApiSchema({ name: 'SignDocumentRequest' })
export class SignDocumentDto {
  @ApiProperty({ enum: TEXT_LANGUAGES, enumName: 'TextLanguage', description: 'The language of the PDF signed' })
  @IsIn(TEXT_LANGUAGES)
  language: TextLanguage;

  @ApiProperty({ format: 'byte', maxLength: 200000, description: 'The CMS (PKCS#7) SignedData in DER, base64: detached, one signer, with its certificate; RSA only (GOST is refused for now)' })
  @IsBase64()
  @MaxLength(200_000)
  cms: string;
}

/** A PDF the act was issued with: final, its SHA-256 in the audit log. */
@ApiSchema({ name: 'ActDocument' })
export class ActDocumentView {
  @ApiProperty({ enum: TEXT_LANGUAGES, enumName: 'TextLanguage' })
  language: TextLanguage;

  @ApiProperty({ description: 'Hex SHA-256 of the PDF', example: '9f2c…' })
  sha256: string;

  @ApiProperty({ type: 'integer' })
  sizeBytes: number;

  @ApiProperty({ type: String, format: 'date-time', description: 'The document’s date: when it was prepared' })
  preparedAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  issuedAt: Date;
}

@ApiSchema({ name: 'SignerCertificate' })
export class SignerCertificateView {
  @ApiProperty({ example: 'CN=ИВАНОВ ИВАН,SERIALNUMBER=IIN123456789012,C=KZ' })
  subject: string;

  @ApiProperty()
  issuer: string;

  @ApiProperty({ description: 'Serial number, hex' })
  serialNumber: string;

  @ApiProperty({ description: 'Hex SHA-256 of the certificate (DER)' })
  sha256: string;

  @ApiProperty({ type: String, format: 'date-time' })
  notBefore: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  notAfter: Date;
}

/** A verified e-signature over one PDF of the act. */
@ApiSchema({ name: 'ActSignature' })
export class ActSignatureView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: TEXT_LANGUAGES, enumName: 'TextLanguage', description: 'The language of the PDF signed' })
  language: TextLanguage;

  @ApiProperty({ description: 'Hex SHA-256 of the PDF signed' })
  documentSha256: string;

  @ApiProperty({ description: 'false once the draft was corrected: it signs a PDF that is no longer the act’s' })
  current: boolean;

  @ApiProperty({ format: 'uuid', description: 'The user who sent it' })
  signedBy: string;

  @ApiProperty()
  signerName: string;

  @ApiProperty({ type: SignerCertificateView })
  certificate: SignerCertificateView;

  @ApiProperty({ example: 'sha256WithRSAEncryption' })
  algorithm: string;

  @ApiProperty({ type: String, format: 'date-time', description: 'The signing time the signature carries' })
  signedAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  recordedAt: Date;
}

/** A file of a case or of one of its acts. */
@ApiSchema({ name: 'Attachment' })
export class AttachmentView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  caseId: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null for a file of the case itself' })
  actId: string | null;

  @ApiProperty({ description: 'The name it was uploaded with' })
  fileName: string;

  @ApiProperty({ enum: ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'], description: 'Recognised from the content, not the name' })
  mediaType: string;

  @ApiProperty({ type: 'integer' })
  sizeBytes: number;

  @ApiProperty({ description: 'Hex SHA-256 of the file (also in the audit log)' })
  sha256: string;

  @ApiProperty({ format: 'uuid' })
  uploadedBy: string;

  @ApiProperty({ type: String, format: 'date-time' })
  uploadedAt: Date;
}

@ApiSchema({ name: 'AttachmentList' })
export class AttachmentListView {
  @ApiProperty({ type: [AttachmentView], description: 'Oldest first' })
  items: AttachmentView[];
}

/** The multipart body of an upload. */
@ApiSchema({ name: 'UploadAttachmentRequest' })
export class UploadAttachmentBody {
  @ApiProperty({ type: 'string', format: 'binary', description: 'The file: PDF, JPEG, PNG or TIFF by its content (ATTACHMENT_TYPES), at most ATTACHMENT_MAX_BYTES' })
  file: unknown;
}
