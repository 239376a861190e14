import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { IsJWT, IsString, MaxLength, MinLength } from 'class-validator';

@ApiSchema({ name: 'LoginRequest' })
export class LoginDto {
  @ApiProperty({ example: 'bostandyk.prosecutor' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  login: string;

  @ApiProperty({ example: 'demo-password-2709' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password: string;
}

@ApiSchema({ name: 'RefreshRequest' })
export class RefreshDto {
  @ApiProperty({ description: 'The refresh token from login or the previous refresh' })
  @IsJWT()
  refreshToken: string;
}

@ApiSchema({ name: 'TokenPair' })
export class TokenPairDto {
  @ApiProperty()
  accessToken: string;

  @ApiProperty()
  refreshToken: string;

  @ApiProperty({ enum: ['Bearer'], example: 'Bearer' })
  tokenType: 'Bearer';

  @ApiProperty({ type: 'integer', description: 'Seconds until the access token expires', example: 900 })
  expiresIn: number;
}
