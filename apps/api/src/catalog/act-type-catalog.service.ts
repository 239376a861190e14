import { exportDomainModel, Language } from '@app/domain';
import { StatuteEditions } from '@app/workflow';
import { Injectable } from '@nestjs/common';
import { ActTypeCatalogView } from './dto/catalog.views';
import { Localized, localize } from './localize';

export type ActTypeCatalog = Localized<ReturnType<typeof exportDomainModel>>;

/** The compiler holds the documented shape against the export: a field added to one and not the other fails here. */
const documented = (catalog: ActTypeCatalog): ActTypeCatalogView => catalog;

/**
 * The domain export of the installed statute editions (STATUTE_EDITIONS), in one language. It only
 * changes with a deployment, so each language is built once.
 */
@Injectable()
export class ActTypeCatalogService {
  private readonly byLanguage = new Map<Language, ActTypeCatalogView>();

  constructor(private readonly editions: StatuteEditions) {}

  catalog(language: Language): ActTypeCatalogView {
    let catalog = this.byLanguage.get(language);
    if (!catalog) {
      catalog = documented(localize(exportDomainModel(this.editions.editions), language));
      this.byLanguage.set(language, catalog);
    }
    return catalog;
  }
}
