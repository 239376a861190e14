import { Type } from '@nestjs/common';
import { ApiProperty, ApiSchema } from '@nestjs/swagger';

/** A text in the three languages the system speaks, as the API answers it. */
@ApiSchema({ name: 'Label' })
export class LabelView {
  @ApiProperty({ example: 'Наразылықты қарау' })
  kk: string;

  @ApiProperty({ example: 'Рассмотрение протеста' })
  ru: string;

  @ApiProperty({ example: 'Consideration of the protest' })
  en: string;
}

/** An article of the statute, as data: `formatCitation` writes it 'art. 19.3'. */
@ApiSchema({ name: 'Citation' })
export class CitationView {
  @ApiProperty({ description: 'The statute edition', example: 'KZ-2709@2016-12-28' })
  edition: string;

  @ApiProperty({ example: '19' })
  article: string;

  @ApiProperty({ required: false, example: '3' })
  paragraph?: string;

  @ApiProperty({ required: false })
  subparagraph?: string;
}

/** The envelope of every keyset-paged list: pass `nextCursor` back as `cursor` for the next page. */
export function PageOf<Item>(item: Type<Item>) {
  class Page {
    @ApiProperty({ type: [item] })
    items: Item[];

    @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page' })
    nextCursor: string | null;
  }
  return Page;
}
