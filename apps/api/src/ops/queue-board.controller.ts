import { UserRole } from '@app/persistence';
import { All, Controller, HttpStatus, Next, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { NextFunction, Request, Response } from 'express';
import { Roles } from '../auth/access.decorators';
import { ProblemException } from '../http/problem-details';
import { QUEUE_BOARD_PATH, QueueBoard } from './queue-board';

/**
 * The queue board's page, assets and JSON API, for administrators only. Served through a
 * controller, not as express middleware, so the global AccessGuard authenticates every request
 * (Bearer token, account re-read) and checks the role exactly as for the API's own routes.
 * Not in the OpenAPI document: the board's API is its own. Read-only twice over: the board's queues
 * are in its read-only mode, and no method but GET and HEAD reaches it at all.
 */
@ApiExcludeController()
@Controller(QUEUE_BOARD_PATH.slice(1))
@Roles(UserRole.ADMINISTRATOR)
export class QueueBoardController {
  constructor(private readonly board: QueueBoard) {}

  @All(['', '*path'])
  serve(@Req() request: Request, @Res() response: Response, @Next() next: NextFunction): void {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      throw new ProblemException({ status: HttpStatus.METHOD_NOT_ALLOWED, title: 'The queue board is read-only', code: 'METHOD_NOT_ALLOWED', detail: 'Jobs are scheduled from PostgreSQL (the outbox and the reconciler); the board only shows them.' });
    }
    this.board.handle(request, response, next);
  }
}
