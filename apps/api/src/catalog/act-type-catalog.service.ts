import { exportDomainModel, Language } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { Localized, localize } from './localize';

export type ActTypeCatalog = Localized<ReturnType<typeof exportDomainModel>>;

/** The domain export in one language. It only changes with a deployment, so each language is built once. */
@Injectable()
export class ActTypeCatalogService {
  private readonly byLanguage = new Map<Language, ActTypeCatalog>();

  catalog(language: Language): ActTypeCatalog {
    let catalog = this.byLanguage.get(language);
    if (!catalog) {
      catalog = localize(exportDomainModel(), language);
      this.byLanguage.set(language, catalog);
    }
    return catalog;
  }
}
