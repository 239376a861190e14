import { Readable } from 'node:stream';
import { Language } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { UserPrincipal } from '../auth/principal';
import { OverdueCsvQuery } from './dto/overdue-csv.query';
import { overdueCsvHeader, overdueCsvRecord, UTF8_BOM } from './overdue-csv';
import { SupervisionService } from './supervision.service';

/** The largest page the overdue list serves (OverdueQuery.limit): the fewest round trips. */
const PAGE = 500;

/**
 * The whole overdue list as CSV, read through the list's own keyset pages: the same filters,
 * sort and scope as the JSON list, one page in memory at a time, and the next page is read only
 * when the client has taken the previous one (the stream pulls the generator).
 */
@Injectable()
export class OverdueCsvExport {
  constructor(private readonly supervision: SupervisionService) {}

  /**
   * Reads the first page before anything is sent, so a refused filter or a database that is down
   * still answers a problem document rather than a 200 with a truncated file.
   */
  async open(principal: UserPrincipal, query: OverdueCsvQuery, language: Language): Promise<Readable> {
    const pageOf = (cursor: string | undefined) => this.supervision.overdue(principal, { ...query, limit: PAGE, cursor });
    const first = await pageOf(undefined);
    async function* chunks(): AsyncGenerator<string> {
      yield UTF8_BOM + overdueCsvHeader(language);
      let page = first;
      for (;;) {
        yield page.items.map((item) => overdueCsvRecord(item, language)).join('');
        if (!page.nextCursor) return;
        page = await pageOf(page.nextCursor);
      }
    }
    // One page buffered ahead at most: a slow download holds the next query back.
    return Readable.from(chunks(), { highWaterMark: 1 });
  }
}
