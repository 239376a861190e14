import { AppConfig, ConfigError, statuteEditionIds } from '@app/config';
import { EditionRefusalCode, EditionVerdict, findEdition, installEditions, InstalledEditions, LocalDate, Refusal, StatuteEdition } from '@app/domain';
import { Injectable } from '@nestjs/common';

/**
 * The statute editions this deployment installs (STATUTE_EDITIONS, docs/adr/0010): which edition
 * judges an act issued on a given day, and the gap when none does. An act already filed keeps the
 * edition it was judged by, installed or not: this only decides for new acts.
 */
@Injectable()
export class StatuteEditions {
  readonly installed: InstalledEditions;

  constructor(config: AppConfig) {
    const editions = statuteEditionIds(config).map((id): StatuteEdition => {
      const edition = findEdition(id);
      if (!edition) throw new ConfigError('STATUTE_EDITIONS', `unknown edition '${id}'`);
      return edition;
    });
    this.installed = installEditions(editions);
  }

  /** The edition that judges an act issued on `date`, or the gap it falls in. */
  judge(date: LocalDate): EditionVerdict {
    return this.installed.judge(date);
  }

  get editions(): readonly StatuteEdition[] {
    return this.installed.editions;
  }
}

/** The refusal for a day no installed edition covers, naming the gap (the problem document's detail). */
export function noEditionRefusal(verdict: Extract<EditionVerdict, { ok: false }>, field?: string): Refusal {
  return {
    code: EditionRefusalCode.NO_EDITION_IN_FORCE,
    citation: null,
    message: verdict.gap.message.en,
    ...(field === undefined ? {} : { field }),
  };
}
