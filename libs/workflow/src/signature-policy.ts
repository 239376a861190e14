import { AppConfig, ConfigError } from '@app/config';
import { ACT_TYPES, ActType, DocumentSignature } from '@app/domain';
import { ActDocumentsRepository, ActEntity, Tx } from '@app/persistence';
import { Injectable } from '@nestjs/common';

/**
 * Which act types the office issues only once their PDF is signed (SIGNATURE_REQUIRED_ACT_TYPES —
 * a setting, not statute), and whether an act's document is signed: the fact the domain's
 * DOCUMENT_SIGNED_WHEN_REQUIRED guard judges on the issuing events.
 */
@Injectable()
export class SignaturePolicy {
  readonly requiredFor: ReadonlySet<ActType>;

  constructor(
    config: AppConfig,
    private readonly documents: ActDocumentsRepository,
  ) {
    this.requiredFor = parseRequiredTypes(config.SIGNATURE_REQUIRED_ACT_TYPES);
  }

  async signatureOf(tx: Tx, act: ActEntity): Promise<DocumentSignature> {
    if (!this.requiredFor.has(act.type)) return 'NOT_REQUIRED';
    return (await this.documents.hasCurrentSignature(tx, act.id)) ? 'SIGNED' : 'UNSIGNED';
  }
}

/** `PROTEST,ORDER` or `none`; a sanction is signed when granted, under art. 21.2, not by this setting. */
export function parseRequiredTypes(setting: string): ReadonlySet<ActType> {
  if (setting === 'none') return new Set();
  const types = setting.split(',');
  for (const type of types) {
    if (!ACT_TYPES.includes(type as ActType)) throw new ConfigError('SIGNATURE_REQUIRED_ACT_TYPES', `${type} is not an act type (${ACT_TYPES.join(', ')})`);
    if (type === ActType.SANCTION) throw new ConfigError('SIGNATURE_REQUIRED_ACT_TYPES', 'a SANCTION is signed when it is granted (art. 21.2), not issued: leave it out');
  }
  return new Set(types as ActType[]);
}
