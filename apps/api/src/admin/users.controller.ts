import { UserRole } from '@app/persistence';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBody, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { uuidParam } from './admin-problems';
import { CreateUserDto, DeactivateUserDto, ListUsersQuery, ResetPasswordDto, UpdateUserDto, UserView } from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('admin')
@Controller('api/v1/admin/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Roles(UserRole.ADMINISTRATOR)
  @ApiOperation({ operationId: 'listUsers', summary: 'User accounts, by login; filter by office, role and activity' })
  @ApiOkResponse({ type: [UserView] })
  list(@Query() query: ListUsersQuery): Promise<UserView[]> {
    return this.users.list(query);
  }

  @Post()
  @Roles(UserRole.ADMINISTRATOR)
  @ApiOperation({ operationId: 'createUser', summary: 'Create an account (409 LOGIN_TAKEN when the login exists)' })
  @ApiCreatedResponse({ type: UserView })
  @ApiConflictResponse({ description: 'LOGIN_TAKEN: a user with this login exists.' })
  create(@CurrentCaller() caller: Caller, @Body() body: CreateUserDto): Promise<UserView> {
    return this.users.create(caller, body);
  }

  @Patch(':id')
  @Roles(UserRole.ADMINISTRATOR)
  @ApiOperation({ operationId: 'updateUser', summary: 'Change role, office, name or e-mail; effective at the next request' })
  @ApiOkResponse({ type: UserView })
  @ApiConflictResponse({ description: 'SELF_LOCKOUT: an administrator cannot give up their own role; ask another administrator.' })
  update(@CurrentCaller() caller: Caller, @Param('id', uuidParam()) id: string, @Body() body: UpdateUserDto): Promise<UserView> {
    return this.users.update(caller, id, body);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @Roles(UserRole.ADMINISTRATOR)
  @ApiOperation({
    operationId: 'deactivateUser',
    summary: 'Deactivate an account: refused at once, refresh tokens revoked; whoever answers for open acts needs a successor (reassignTo)',
  })
  @ApiBody({ type: DeactivateUserDto, required: false })
  @ApiOkResponse({ type: UserView })
  @ApiConflictResponse({
    description: 'SELF_LOCKOUT: an administrator cannot deactivate their own account; USER_HAS_OPEN_WORK: the user answers for open acts — send reassignTo and reason.',
  })
  @ApiUnprocessableEntityResponse({ description: 'A field is wrong; NOT_ELIGIBLE_ASSIGNEE on reassignTo: they cannot answer for all of the user’s work.' })
  deactivate(@CurrentCaller() caller: Caller, @Param('id', uuidParam()) id: string, @Body() body: DeactivateUserDto): Promise<UserView> {
    return this.users.deactivate(caller, id, body);
  }

  @Post(':id/reactivate')
  @HttpCode(200)
  @Roles(UserRole.ADMINISTRATOR)
  @ApiOperation({ operationId: 'reactivateUser', summary: 'Reactivate an account' })
  @ApiOkResponse({ type: UserView })
  reactivate(@CurrentCaller() caller: Caller, @Param('id', uuidParam()) id: string): Promise<UserView> {
    return this.users.reactivate(caller, id);
  }

  @Post(':id/password')
  @HttpCode(204)
  @Roles(UserRole.ADMINISTRATOR)
  @ApiOperation({ operationId: 'resetUserPassword', summary: "Set a new password; the user's refresh tokens are revoked" })
  @ApiNoContentResponse()
  async resetPassword(@CurrentCaller() caller: Caller, @Param('id', uuidParam()) id: string, @Body() body: ResetPasswordDto): Promise<void> {
    await this.users.resetPassword(caller, id, body.password);
  }
}
