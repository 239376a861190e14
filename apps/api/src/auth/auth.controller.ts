import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiServiceUnavailableResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Public } from '@app/observability';
import { LoginDto, RefreshDto, TokenPairDto } from './dto/login.dto';
import { TokenService } from './token.service';

@ApiTags('auth')
@Controller('api/v1/auth')
export class AuthController {
  constructor(private readonly tokens: TokenService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ operationId: 'logIn', summary: 'Exchange login and password for an access token (15 min) and a refresh token' })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiUnauthorizedResponse({ description: 'INVALID_CREDENTIALS: the login or the password is wrong, or the account is inactive.' })
  @ApiServiceUnavailableResponse({ description: 'LOGIN_BUSY: too many sign-ins at once; retry after Retry-After seconds.', headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } } })
  login(@Body() body: LoginDto): Promise<TokenPairDto> {
    return this.tokens.login(body.login, body.password);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ operationId: 'refreshTokens', summary: 'Rotate a refresh token: the old one is spent, a replayed one revokes its family' })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiUnauthorizedResponse({ description: 'INVALID_REFRESH_TOKEN: expired, revoked or already spent (a replay revokes its whole family).' })
  refresh(@Body() body: RefreshDto): Promise<TokenPairDto> {
    return this.tokens.refresh(body.refreshToken);
  }

  /**
   * The token clients' sign-out (browsers use DELETE /auth/session): the refresh token's family is
   * revoked and every access token of the user ends at once. Answers 204 whatever the token, so it
   * tells nothing about tokens it cannot read.
   */
  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ operationId: 'logOut', summary: 'Sign out: the refresh token and its family are revoked, and the user’s access tokens end at once' })
  @ApiNoContentResponse({ description: 'Signed out (also when the token was already spent, revoked or unreadable)' })
  async logout(@Body() body: RefreshDto): Promise<void> {
    await this.tokens.revoke(body.refreshToken);
  }
}
