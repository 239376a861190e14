import { ActEvent } from '@app/domain';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsEnum, IsObject, IsOptional } from 'class-validator';

@ApiSchema({ name: 'FireActEventRequest' })
export class FireEventDto {
  @ApiProperty({ enum: ActEvent, example: ActEvent.DELIVERY_CONFIRMED })
  @IsEnum(ActEvent)
  event: ActEvent;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    example: { receivedAt: '2026-03-12T05:00:00Z' },
    description: 'The event’s fields (see GET /api/v1/act-types: events[].payload); unknown fields are refused',
  })
  @IsOptional()
  @IsObject()
  payload?: Record<string, unknown>;
}
