import { ActState, ActType, DeadlineKind, ResolutionKind, UNMET_DEADLINE_STATUSES } from '@app/domain';
import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { LabelView, PageOf } from '../../http/openapi/common.views';

@ApiSchema({ name: 'OverdueAct' })
export class OverdueActView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ActType, enumName: 'ActType' })
  type: ActType;

  @ApiProperty({ enum: ResolutionKind, enumName: 'ResolutionKind', nullable: true })
  kind: ResolutionKind | null;

  @ApiProperty({ enum: ActState, enumName: 'ActState' })
  state: ActState;

  @ApiProperty()
  title: string;

  @ApiProperty()
  addresseeName: string;

  @ApiProperty({ format: 'uuid' })
  caseId: string;
}

@ApiSchema({ name: 'PersonRef' })
export class PersonRefView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Айгерім Серікқызы Жұмабаева' })
  fullName: string;
}

@ApiSchema({ name: 'OfficeRef' })
export class OfficeRefView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'ALA-BOS' })
  code: string;
}

/** Who answers for an act now, and whether they are there to do it. */
@ApiSchema({ name: 'ResponsiblePerson' })
export class ResponsiblePersonView extends PersonRefView {
  @ApiProperty({ description: 'Away today (an absence) or deactivated: the act needs a deputy or a new responsible prosecutor' })
  absent: boolean;
}

/** One deadline past due, with its act, the prosecutor who filed it, the one who answers for it and the office. */
@ApiSchema({ name: 'OverdueItem' })
export class OverdueItemView {
  @ApiProperty({ format: 'uuid' })
  deadlineId: string;

  @ApiProperty({ enum: DeadlineKind, enumName: 'DeadlineKind' })
  kind: DeadlineKind;

  @ApiProperty({ enum: UNMET_DEADLINE_STATUSES, description: 'OPEN until the deadline engine has marked it MISSED (seconds at most)' })
  status: string;

  @ApiProperty({ type: String, format: 'date-time' })
  dueAt: Date;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Whole days since the due instant' })
  daysOverdue: number;

  @ApiProperty({ example: 'art. 19.3' })
  article: string;

  @ApiProperty({ type: LabelView, description: 'How the due instant was computed' })
  explanation: LabelView;

  @ApiProperty({ type: OverdueActView })
  act: OverdueActView;

  @ApiProperty({ type: PersonRefView, description: 'The prosecutor who filed the act' })
  prosecutor: PersonRefView;

  @ApiProperty({ type: ResponsiblePersonView, description: 'The prosecutor who answers for the act now (work allocation)' })
  responsible: ResponsiblePersonView;

  @ApiProperty({ type: OfficeRefView })
  office: OfficeRefView;
}

@ApiSchema({ name: 'OverduePage' })
export class OverduePage extends PageOf(OverdueItemView) {}

/** Acts of one office, type and state, and how many of them are past due. */
@ApiSchema({ name: 'ActCount' })
export class ActCountView {
  @ApiProperty({ format: 'uuid' })
  officeId: string;

  @ApiProperty({ example: 'ALA-BOS' })
  officeCode: string;

  @ApiProperty({ enum: ActType, enumName: 'ActType' })
  type: ActType;

  @ApiProperty({ enum: ActState, enumName: 'ActState' })
  state: ActState;

  @ApiProperty({ type: 'integer', minimum: 0 })
  acts: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Of them, with a deadline past due and unmet (open, or already marked missed): the acts behind the overdue list' })
  overdue: number;
}

@ApiSchema({ name: 'ActCounts' })
export class ActCountsView {
  @ApiProperty({ type: [ActCountView] })
  items: ActCountView[];
}

@ApiSchema({ name: 'DashboardOffice' })
export class DashboardOfficeView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'ALA-BOS' })
  code: string;

  @ApiProperty({ type: LabelView })
  name: LabelView;
}

/** One office and act type: how many acts are still in their life cycle, and how many of them are past due. */
@ApiSchema({ name: 'DashboardCell' })
export class DashboardCellView {
  @ApiProperty({ type: DashboardOfficeView })
  office: DashboardOfficeView;

  @ApiProperty({ enum: ActType, enumName: 'ActType' })
  type: ActType;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Acts not yet in a terminal state of their machine' })
  open: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Of them, with a deadline past due and unmet (open, or already marked missed): the acts behind the overdue list' })
  overdue: number;
}

@ApiSchema({ name: 'OverdueSeriesPoint' })
export class OverdueSeriesPointView {
  @ApiProperty({ format: 'date', description: 'A day in Asia/Almaty' })
  day: string;

  @ApiProperty({ type: String, format: 'date-time', description: 'The instant counted: the end of the day (24:00 Almaty), or now for today' })
  at: Date;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Deadlines past due and unmet at that instant' })
  overdue: number;
}

/** What a head sees first: the subtree's open and overdue acts by office and type, the trend, the worst items. */
@ApiSchema({ name: 'SupervisionDashboard' })
export class SupervisionDashboardView {
  @ApiProperty({ type: String, format: 'date-time' })
  asOf: Date;

  @ApiProperty({ type: [DashboardCellView], description: 'Every office × act type of the subtree with an act still open' })
  cells: DashboardCellView[];

  @ApiProperty({ type: [OverdueSeriesPointView], description: 'One point a day, oldest first; the last is today, as of now' })
  overdueSeries: OverdueSeriesPointView[];

  @ApiProperty({ type: [OverdueItemView], description: 'The most overdue deadlines, most overdue first' })
  mostOverdue: OverdueItemView[];
}
