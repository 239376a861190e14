import { isLocalDate, LocalDate } from '@app/domain';
import { Injectable, PipeTransform } from '@nestjs/common';
import { invalidFields } from './calendar-problems';

/** The `date` path parameter: a real 'YYYY-MM-DD' date, or 422 naming it. */
@Injectable()
export class ParseLocalDatePipe implements PipeTransform<string, LocalDate> {
  transform(value: string): LocalDate {
    if (isLocalDate(value)) return value;
    throw invalidFields([{ field: 'date', code: 'INVALID_IS_LOCAL_DATE', message: 'date must be a real date written YYYY-MM-DD' }]);
  }
}
