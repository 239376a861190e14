import { deadlineEngineSuite } from '../support/deadline-engine-suite';

/** The same suite on BullMQ's PostgreSQL backend, which `npm start` uses without a redis-server (docs/adr/0001, 0012). */
deadlineEngineSuite('postgres');
