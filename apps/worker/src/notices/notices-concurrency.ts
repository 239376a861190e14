/** Notices delivered at once by one worker; also the SMTP connections it keeps open. */
export const NOTICES_CONCURRENCY = 8;
