import { NoticeKind } from '@app/domain';
import { PageQuery } from '../../http/page.query';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

export class ListNotificationsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'true: only notifications not yet marked read' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unread?: boolean;
}

export class LocalizedText {
  @ApiProperty()
  kk: string;

  @ApiProperty()
  ru: string;

  @ApiProperty()
  en: string;
}

/** One notice in the signed-in user's inbox. */
@ApiSchema({ name: 'Notification' })
export class NotificationView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: NoticeKind, enumName: 'NoticeKind', description: 'A deadline’s REMINDER, BREACH or ESCALATION, DUE_MOVED (a change of the production calendar moved the due date), or an ASSIGNMENT of work to you' })
  kind: NoticeKind;

  @ApiProperty({ example: 'REMIND_3D' })
  step: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  actId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  deadlineId: string | null;

  @ApiProperty({ type: LocalizedText })
  subject: LocalizedText;

  @ApiProperty({ type: LocalizedText })
  body: LocalizedText;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null while unread' })
  readAt: Date | null;
}

export class NotificationsPage {
  @ApiProperty({ type: [NotificationView] })
  items: NotificationView[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page' })
  nextCursor: string | null;
}
