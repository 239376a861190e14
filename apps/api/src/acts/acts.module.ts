import { Module } from '@nestjs/common';
import { ActDocumentsController } from '../documents/act-documents.controller';
import { ActDocumentsService } from '../documents/act-documents.service';
import { AttachmentsController } from '../documents/attachments.controller';
import { AttachmentsService } from '../documents/attachments.service';
import { SignatureVerifier } from '../documents/signature-verifier';
import { FilesModule } from '../files/files.module';
import { ActsController } from './acts.controller';
import { ActsService } from './acts.service';

/** Acts, their documents (PDF, e-signatures) and the files of acts and cases. */
@Module({
  imports: [FilesModule],
  controllers: [ActsController, ActDocumentsController, AttachmentsController],
  providers: [ActsService, ActDocumentsService, AttachmentsService, SignatureVerifier],
  exports: [ActsService],
})
export class ActsModule {}
