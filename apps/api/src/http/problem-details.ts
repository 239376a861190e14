import { HttpException } from '@nestjs/common';

/** One field the caller got wrong. */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

/** RFC 9457 problem details plus our machine-readable `code` and, for statute refusals, the article. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  instance?: string;
  /** The article the request violated, e.g. 'art. 19.3'. */
  article?: string;
  errors?: FieldError[];
  errorId?: string;
  /** For refused state transitions: where the act stands and what was asked. */
  state?: string;
  event?: string;
}

/** Throw this to answer with a problem document; the global filter passes it through as is. */
export class ProblemException extends HttpException {
  constructor(problem: Omit<ProblemDetails, 'type'> & { type?: string }) {
    super({ type: 'about:blank', ...problem }, problem.status);
  }
}
