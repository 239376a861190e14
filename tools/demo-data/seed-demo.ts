// The demo office hierarchy and users: for `npm start` on an empty database, the tests and the
// benchmarks — never part of the production persistence library.
import { hash } from 'bcryptjs';
import { DataSource, EntityManager } from 'typeorm';
import { OfficeEntity, OfficeKind, OfficeLevel, UserEntity, UserRole } from '@app/persistence';

interface DemoOffice {
  code: string;
  parent: string | null;
  level: OfficeLevel;
  kind: OfficeKind;
  kk: string;
  ru: string;
  en: string;
}

/**
 * A small but realistic slice of the hierarchy (arts. 9, 13-16): the General Prosecutor's Office;
 * a city of republican significance (Almaty) and two regions (Karaganda, Turkistan); district,
 * city and inter-district offices below them.
 */
const DEMO_OFFICES: DemoOffice[] = [
  { code: 'GPO', parent: null, level: OfficeLevel.GENERAL, kind: OfficeKind.GENERAL_PROSECUTORS_OFFICE,
    kk: 'Қазақстан Республикасының Бас прокуратурасы', ru: 'Генеральная прокуратура Республики Казахстан', en: "General Prosecutor's Office" },
  { code: 'ALA', parent: 'GPO', level: OfficeLevel.REGIONAL, kind: OfficeKind.CITY_OF_REPUBLICAN_SIGNIFICANCE,
    kk: 'Алматы қаласының прокуратурасы', ru: 'Прокуратура города Алматы', en: "Almaty City Prosecutor's Office" },
  { code: 'ALA-BOS', parent: 'ALA', level: OfficeLevel.DISTRICT, kind: OfficeKind.DISTRICT,
    kk: 'Бостандық ауданының прокуратурасы', ru: 'Прокуратура Бостандыкского района', en: "Bostandyk District Prosecutor's Office" },
  { code: 'ALA-MED', parent: 'ALA', level: OfficeLevel.DISTRICT, kind: OfficeKind.DISTRICT,
    kk: 'Медеу ауданының прокуратурасы', ru: 'Прокуратура Медеуского района', en: "Medeu District Prosecutor's Office" },
  { code: 'KAR', parent: 'GPO', level: OfficeLevel.REGIONAL, kind: OfficeKind.REGION,
    kk: 'Қарағанды облысының прокуратурасы', ru: 'Прокуратура Карагандинской области', en: "Karaganda Regional Prosecutor's Office" },
  { code: 'KAR-TEM', parent: 'KAR', level: OfficeLevel.DISTRICT, kind: OfficeKind.CITY,
    kk: 'Теміртау қаласының прокуратурасы', ru: 'Прокуратура города Темиртау', en: "Temirtau City Prosecutor's Office" },
  { code: 'KAR-IDE', parent: 'KAR', level: OfficeLevel.DISTRICT, kind: OfficeKind.INTER_DISTRICT,
    kk: 'Қарағанды облысының табиғат қорғау прокуратурасы', ru: 'Карагандинская областная природоохранная прокуратура', en: "Karaganda Environmental Prosecutor's Office" },
  { code: 'TUR', parent: 'GPO', level: OfficeLevel.REGIONAL, kind: OfficeKind.REGION,
    kk: 'Түркістан облысының прокуратурасы', ru: 'Прокуратура Туркестанской области', en: "Turkistan Regional Prosecutor's Office" },
  { code: 'TUR-SAI', parent: 'TUR', level: OfficeLevel.DISTRICT, kind: OfficeKind.DISTRICT,
    kk: 'Сайрам ауданының прокуратурасы', ru: 'Прокуратура Сайрамского района', en: "Sairam District Prosecutor's Office" },
];

export const DEMO_PASSWORD = 'demo-password-2709';

export const DEMO_USERS: ReadonlyArray<{ login: string; fullName: string; role: UserRole; office: string }> = [
  { login: 'admin', fullName: 'Системный администратор', role: UserRole.ADMINISTRATOR, office: 'GPO' },
  { login: 'gpo.head', fullName: 'Бас прокурордың орынбасары Д. Сейітов', role: UserRole.SUPERVISOR, office: 'GPO' },
  { login: 'almaty.head', fullName: 'Прокурор г. Алматы А. Нурланов', role: UserRole.SUPERVISOR, office: 'ALA' },
  { login: 'bostandyk.head', fullName: 'Прокурор района Б. Ахметова', role: UserRole.SUPERVISOR, office: 'ALA-BOS' },
  { login: 'bostandyk.prosecutor', fullName: 'Помощник прокурора Е. Касымов', role: UserRole.PROSECUTOR, office: 'ALA-BOS' },
  { login: 'medeu.prosecutor', fullName: 'Помощник прокурора Г. Жумабаева', role: UserRole.PROSECUTOR, office: 'ALA-MED' },
  { login: 'karaganda.head', fullName: 'Прокурор области С. Оспанов', role: UserRole.SUPERVISOR, office: 'KAR' },
  { login: 'temirtau.prosecutor', fullName: 'Прокурор города М. Ибраев', role: UserRole.PROSECUTOR, office: 'KAR-TEM' },
  { login: 'turkistan.head', fullName: 'Прокурор области Н. Тажибаев', role: UserRole.SUPERVISOR, office: 'TUR' },
  { login: 'sairam.prosecutor', fullName: 'Помощник прокурора А. Юсупова', role: UserRole.PROSECUTOR, office: 'TUR-SAI' },
];

/**
 * Seeds the demo hierarchy and users once: a database that already has the GPO office is left
 * untouched, so restarting the embedded default never duplicates or resets anything.
 * Returns true when it seeded.
 */
export async function seedDemoData(dataSource: DataSource): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    // Serialise concurrent seeders (API and launcher starting together).
    await manager.query('SELECT pg_advisory_xact_lock(27090001)');
    if (await manager.existsBy(OfficeEntity, { code: 'GPO' })) return false;
    const byCode = await insertOffices(manager);
    const passwordHash = await hash(DEMO_PASSWORD, 10);
    await manager.insert(
      UserEntity,
      DEMO_USERS.map((user) => ({
        login: user.login,
        fullName: user.fullName,
        role: user.role,
        officeId: byCode.get(user.office)!.id,
        passwordHash,
        email: `${user.login}@demo.prokuratura.kz`,
      })),
    );
    return true;
  });
}

async function insertOffices(manager: EntityManager): Promise<Map<string, OfficeEntity>> {
  const byCode = new Map<string, OfficeEntity>();
  for (const office of DEMO_OFFICES) {
    const parent = office.parent ? byCode.get(office.parent)! : null;
    const entity = manager.create(OfficeEntity, {
      code: office.code,
      nameKk: office.kk,
      nameRu: office.ru,
      nameEn: office.en,
      level: office.level,
      kind: office.kind,
      parentId: parent?.id ?? null,
      depth: parent ? parent.depth + 1 : 0,
      path: '', // set once the id is known
    });
    const saved = await manager.save(entity);
    saved.path = `${parent ? parent.path : '/'}${saved.id}/`;
    await manager.update(OfficeEntity, saved.id, { path: saved.path });
    byCode.set(office.code, saved);
  }
  return byCode;
}
