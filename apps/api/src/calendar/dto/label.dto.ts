import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** A text in the three languages the system speaks; all three are required. */
@ApiSchema({ name: 'LabelInput' })
export class LabelDto {
  @ApiProperty({ example: 'Наурыз мейрамы' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  kk: string;

  @ApiProperty({ example: 'Наурыз мейрамы' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  ru: string;

  @ApiProperty({ example: 'Nauryz' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  en: string;
}
