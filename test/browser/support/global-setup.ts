import integrationSetup from '../../support/global-setup';
import { ensureWebBuild } from './web-build';

/** The integration suites' setup (PostgreSQL template, Redis), plus a current build of the web app. */
export default async function globalSetup(): Promise<void> {
  ensureWebBuild();
  await integrationSetup();
}
