import { AppConfig } from '@app/config';
import { HttpStatus, Injectable } from '@nestjs/common';
import { ProblemException } from '../http/problem-details';

/** How soon a refused login may try again: a check takes a tenth of a second or so. */
const RETRY_AFTER_SECONDS = 1;

/**
 * A bound on bcrypt work. bcryptjs is JavaScript: every check runs on the event loop, in turns,
 * for ≈ 0.1 s of CPU. 150 logins at once once made every other request wait 13 s. At most
 * PASSWORD_CHECK_CONCURRENCY checks run at once, PASSWORD_CHECK_QUEUE wait their turn in order,
 * and a login beyond them is refused at once with 503 LOGIN_BUSY and Retry-After — the event loop
 * stays free for everybody else.
 */
@Injectable()
export class PasswordChecks {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly concurrency: number;
  private readonly queueLimit: number;

  constructor(config: AppConfig) {
    this.concurrency = config.PASSWORD_CHECK_CONCURRENCY;
    this.queueLimit = config.PASSWORD_CHECK_QUEUE;
  }

  /** Runs `check` in its turn, or refuses it at once when the queue is full. */
  async run<T>(check: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.queueLimit) {
        throw new ProblemException(
          { status: HttpStatus.SERVICE_UNAVAILABLE, title: 'Too many sign-ins at once', code: 'LOGIN_BUSY', detail: `Retry after ${RETRY_AFTER_SECONDS} s.` },
          { 'Retry-After': String(RETRY_AFTER_SECONDS) },
        );
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await check();
    } finally {
      // The slot passes to the next in line, or is given back.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }

  /** Checks running and waiting (for tests and metrics). */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}
