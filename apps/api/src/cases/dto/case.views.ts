import { ActState, AnonymousException, ActType, ResolutionKind } from '@app/domain';
import { CaseStatus } from '@app/persistence';
import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { PageOf } from '../../http/openapi/common.views';

/** The application a case was opened on, as recorded at intake. */
@ApiSchema({ name: 'CaseApplication' })
export class CaseApplicationView {
  @ApiProperty({ type: String, format: 'date-time' })
  receivedAt: Date;

  @ApiProperty()
  applicantIdentified: boolean;

  @ApiProperty({ type: String, nullable: true })
  applicantName: string | null;

  @ApiProperty({ enum: AnonymousException, enumName: 'AnonymousException', nullable: true, description: '155-VII art. 24.6: the exception an anonymous application was examined under' })
  anonymousException: AnonymousException | null;

  @ApiProperty({ description: 'The statute edition it was examined under', example: 'KZ-155-VII@2023-07-12' })
  editionId: string;
}

/** A supervision case: the folder an office keeps a matter's acts in. */
@ApiSchema({ name: 'Case' })
export class CaseView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '2026-ALA-BOS-000123' })
  number: string;

  @ApiProperty()
  subject: string;

  @ApiProperty()
  addresseeName: string;

  @ApiProperty({ format: 'uuid' })
  officeId: string;

  @ApiProperty({ format: 'uuid', description: 'The prosecutor who answers for the case' })
  responsibleProsecutorId: string;

  @ApiProperty({ enum: CaseStatus, enumName: 'CaseStatus', description: 'CLOSED once its last act has ended; a new filing opens it again' })
  status: CaseStatus;

  @ApiProperty({ type: 'integer' })
  version: number;

  @ApiProperty({ type: CaseApplicationView, nullable: true, description: 'The application it was opened on; null: opened on the office’s own initiative' })
  application: CaseApplicationView | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: Date;
}

/** One act of a case, as the case page lists it. */
@ApiSchema({ name: 'CaseAct' })
export class CaseActView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ActType, enumName: 'ActType' })
  type: ActType;

  @ApiProperty({ enum: ResolutionKind, enumName: 'ResolutionKind', nullable: true })
  kind: ResolutionKind | null;

  @ApiProperty({ enum: ActState, enumName: 'ActState' })
  state: ActState;

  @ApiProperty({ type: 'integer' })
  version: number;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The earliest due instant among its open deadlines' })
  nextDueAt: Date | null;
}

@ApiSchema({ name: 'CaseDetail' })
export class CaseDetailView extends CaseView {
  @ApiProperty({ type: [CaseActView], description: 'In the order they were filed' })
  acts: CaseActView[];
}

@ApiSchema({ name: 'CasesPage' })
export class CasesPage extends PageOf(CaseView) {}
