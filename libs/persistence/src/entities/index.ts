import { OfficeEntity } from './office.entity';
import { UserEntity } from './user.entity';

export { OfficeEntity, OfficeKind, OfficeLevel } from './office.entity';
export { UserEntity, UserRole } from './user.entity';

/** Every entity TypeORM maps; the data source and the Nest module both use this list. */
export const ENTITIES = [OfficeEntity, UserEntity];
