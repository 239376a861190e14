import { ApiProperty, ApiSchema } from '@nestjs/swagger';

/** A browser session's access token; its refresh token is in the httpOnly cookie. */
@ApiSchema({ name: 'Session' })
export class SessionView {
  @ApiProperty({ description: 'Send as Authorization: Bearer …; keep it in memory only' })
  accessToken: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType: 'Bearer';

  @ApiProperty({ type: 'integer', description: 'Seconds until the access token expires: refresh before then', example: 900 })
  expiresIn: number;
}
