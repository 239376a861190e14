import { SetMetadata } from '@nestjs/common';

export const PUBLIC_ROUTE = 'access:public';

/** Answers without credentials: health probes, login, token refresh. The API's AccessGuard honours it. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);
