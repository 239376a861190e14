import { UserRole } from '@app/persistence';
import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { uuidParam } from '../admin/admin-problems';
import { CurrentPrincipal, Roles } from '../auth/access.decorators';
import { Principal, requireUser } from '../auth/principal';
import { ListNotificationsQuery, NotificationsPage, NotificationView } from './dto/notification.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller('api/v1/me/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Roles(UserRole.PROSECUTOR, UserRole.SUPERVISOR, UserRole.ADMINISTRATOR)
  @ApiOperation({ operationId: 'listMyNotifications', summary: 'Your inbox: reminders, breaches and escalations addressed to you, newest first (keyset pages)' })
  @ApiOkResponse({ type: NotificationsPage })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListNotificationsQuery): Promise<NotificationsPage> {
    return this.notifications.list(requireUser(principal), query);
  }

  @Post(':id/read')
  @HttpCode(200)
  @Roles(UserRole.PROSECUTOR, UserRole.SUPERVISOR, UserRole.ADMINISTRATOR)
  @ApiOperation({ operationId: 'markNotificationRead', summary: 'Mark one of your notifications read (again: keeps the first instant)' })
  @ApiOkResponse({ type: NotificationView })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: no such notification in your inbox' })
  markRead(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam()) id: string): Promise<NotificationView> {
    return this.notifications.markRead(requireUser(principal), id);
  }
}
