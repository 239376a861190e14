import { deadlineEngineSuite } from '../support/deadline-engine-suite';

/** The deadline engine on Redis, the queue backend of production and CI. */
deadlineEngineSuite('redis');
