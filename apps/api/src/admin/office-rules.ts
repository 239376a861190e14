import { OfficeKind, OfficeLevel } from '@app/persistence';

/**
 * Where an office may sit (arts. 9, 13-16): the one General Prosecutor's Office at the root,
 * offices of regions, cities of republican significance and the capital under it, district, city
 * and inter-district offices under those. Military and specialised offices exist at both lower
 * levels (a military prosecutor's office of a region and of a garrison; a transport prosecutor's
 * office of a region and of a line).
 */
export const PARENT_LEVEL: Readonly<Record<OfficeLevel, OfficeLevel | null>> = {
  [OfficeLevel.GENERAL]: null,
  [OfficeLevel.REGIONAL]: OfficeLevel.GENERAL,
  [OfficeLevel.DISTRICT]: OfficeLevel.REGIONAL,
};

export const KINDS_OF_LEVEL: Readonly<Record<OfficeLevel, readonly OfficeKind[]>> = {
  [OfficeLevel.GENERAL]: [OfficeKind.GENERAL_PROSECUTORS_OFFICE],
  [OfficeLevel.REGIONAL]: [OfficeKind.REGION, OfficeKind.CITY_OF_REPUBLICAN_SIGNIFICANCE, OfficeKind.CAPITAL, OfficeKind.MILITARY, OfficeKind.SPECIALISED],
  [OfficeLevel.DISTRICT]: [OfficeKind.DISTRICT, OfficeKind.CITY, OfficeKind.INTER_DISTRICT, OfficeKind.MILITARY, OfficeKind.SPECIALISED],
};
