import { exportDomainModel, Language } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { ActTypeCatalogView } from './dto/catalog.views';
import { Localized, localize } from './localize';

export type ActTypeCatalog = Localized<ReturnType<typeof exportDomainModel>>;

/** The compiler holds the documented shape against the export: a field added to one and not the other fails here. */
const documented = (catalog: ActTypeCatalog): ActTypeCatalogView => catalog;

/** The domain export in one language. It only changes with a deployment, so each language is built once. */
@Injectable()
export class ActTypeCatalogService {
  private readonly byLanguage = new Map<Language, ActTypeCatalogView>();

  catalog(language: Language): ActTypeCatalogView {
    let catalog = this.byLanguage.get(language);
    if (!catalog) {
      catalog = documented(localize(exportDomainModel(), language));
      this.byLanguage.set(language, catalog);
    }
    return catalog;
  }
}
