import { UserRole } from '@app/persistence';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, registerDecorator, ValidateIf } from 'class-validator';
import { OptionalNotNull } from '../../calendar/dto/optional-not-null';

/** bcrypt reads only the first 72 bytes; a longer password would be silently shortened. */
const BCRYPT_MAX_BYTES = 72;

function FitsBcrypt(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'fitsBcrypt',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `${String(propertyName)} must be at most ${BCRYPT_MAX_BYTES} bytes in UTF-8` },
      validator: { validate: (value: unknown) => typeof value === 'string' && Buffer.byteLength(value, 'utf8') <= BCRYPT_MAX_BYTES },
    });
}

const LOGIN = /^[a-z0-9][a-z0-9._-]{1,62}$/;
const PASSWORD_DESCRIPTION = `12 characters at least, ${BCRYPT_MAX_BYTES} bytes (UTF-8) at most; stored only as a bcrypt hash`;

@ApiSchema({ name: 'CreateUserRequest' })
export class CreateUserDto {
  @ApiProperty({ description: 'Lower-case letters, digits, ".", "_" or "-"; unique', example: 'medeu.head' })
  @Matches(LOGIN, { message: 'login must be 2-63 lower-case letters, digits, ".", "_" or "-"' })
  login: string;

  @ApiProperty({ example: 'Прокурор района Д. Омаров' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  fullName: string;

  @ApiPropertyOptional({ example: 'medeu.head@prokuratura.kz' })
  @IsOptional()
  @IsEmail()
  email?: string;

  @ApiProperty({ enum: UserRole })
  @IsEnum(UserRole)
  role: UserRole;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  officeId: string;

  @ApiProperty({ description: PASSWORD_DESCRIPTION })
  @IsString()
  @MinLength(12)
  @FitsBcrypt()
  password: string;
}

@ApiSchema({ name: 'UpdateUserRequest' })
export class UpdateUserDto {
  @ApiPropertyOptional({ enum: UserRole })
  @OptionalNotNull()
  @IsEnum(UserRole)
  role?: UserRole;

  @ApiPropertyOptional({ format: 'uuid' })
  @OptionalNotNull()
  @IsUUID()
  officeId?: string;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  fullName?: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'null removes it' })
  @IsOptional()
  @IsEmail()
  email?: string | null;
}

@ApiSchema({ name: 'ResetPasswordRequest' })
/**
 * Deactivating someone who still answers for open acts needs a successor: everything they answer
 * for (their cases with those acts, and every other open act) goes to `reassignTo`, in the same
 * transaction, each change audited and notified as a reassignment.
 */
@ApiSchema({ name: 'DeactivateUserRequest' })
export class DeactivateUserDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Who takes over the user’s open work: required when they answer for acts still in their life cycle' })
  @IsOptional()
  @IsUUID()
  reassignTo?: string;

  @ApiPropertyOptional({ example: 'Transferred to the regional office', description: 'Required with reassignTo: kept in the audit log and told to the new prosecutor' })
  @ValidateIf((body: DeactivateUserDto) => body.reassignTo !== undefined || body.reason !== undefined)
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason?: string;
}

export class ResetPasswordDto {
  @ApiProperty({ description: PASSWORD_DESCRIPTION })
  @IsString()
  @MinLength(12)
  @FitsBcrypt()
  password: string;
}

export class ListUsersQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Users of exactly this office' })
  @IsOptional()
  @IsUUID()
  officeId?: string;

  @ApiPropertyOptional({ enum: UserRole })
  @IsOptional()
  @IsEnum(UserRole)
  role?: UserRole;

  @ApiPropertyOptional({ description: 'true: active accounts only; false: deactivated only' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;
}

/** A user as administrators see it: never the password or its hash. */
@ApiSchema({ name: 'User' })
export class UserView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  login: string;

  @ApiProperty()
  fullName: string;

  @ApiProperty({ nullable: true, type: String })
  email: string | null;

  @ApiProperty({ enum: UserRole })
  role: UserRole;

  @ApiProperty({ format: 'uuid' })
  officeId: string;

  @ApiProperty({ example: 'ALA-BOS' })
  officeCode: string;

  @ApiProperty()
  isActive: boolean;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}
