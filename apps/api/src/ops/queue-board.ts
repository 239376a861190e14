import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { QueueName } from '@app/queue';
import { getQueueToken, InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Queue } from 'bullmq';
import { Express, NextFunction, Request, Response } from 'express';

/** Where the board is served. Outside /api/v1: it is an operator's page, not part of the API. */
export const QUEUE_BOARD_PATH = '/admin/queues';

/**
 * Bull Board over the deadlines and notices queues, read-only, as an express application that
 * QueueBoardController calls — never mounted on the server itself, so no request reaches it
 * without passing the API's AccessGuard.
 */
@Injectable()
export class QueueBoard implements OnModuleInit {
  private board: Express | null = null;

  constructor(
    @InjectQueue(QueueName.DEADLINES) private readonly deadlines: Queue,
    private readonly moduleRef: ModuleRef,
  ) {}

  onModuleInit(): void {
    // The notices queue is registered by WebhooksModule (which enqueues redeliveries); one queue
    // client per queue, so the board looks that one up rather than registering another.
    const notices = this.moduleRef.get<Queue>(getQueueToken(QueueName.NOTICES), { strict: false });
    const adapter = new ExpressAdapter().setBasePath(QUEUE_BOARD_PATH);
    // Read-only: the board shows the schedule and changes none of it. A "promote" once sent 14
    // reminders early and consumed their jobs; a retry, clean or pause is as dangerous. Operators
    // repair the schedule with the reconciler, which rebuilds it from PostgreSQL.
    const readOnly = { readOnlyMode: true };
    createBullBoard({ queues: [new BullMQAdapter(this.deadlines, readOnly), new BullMQAdapter(notices, readOnly)], serverAdapter: adapter });
    const board: Express = adapter.getRouter();
    board.disable('x-powered-by');
    this.board = board;
  }

  /**
   * Hands the request to the board as express would hand it to an application mounted at
   * QUEUE_BOARD_PATH: the board sees the path below it, and its own request and response
   * prototypes (its views) while it answers. A path the board does not know comes back with the
   * request as it was, for the API's 404.
   */
  handle(request: Request, response: Response, next: NextFunction): void {
    if (!this.board) throw new Error('the queue board is used before its module was initialised');
    const { url } = request;
    const [requestPrototype, responsePrototype] = [Object.getPrototypeOf(request) as object, Object.getPrototypeOf(response) as object];
    const below = request.originalUrl.slice(QUEUE_BOARD_PATH.length);
    request.url = below.startsWith('/') ? below : `/${below}`;
    this.board(request, response, (error?: unknown) => {
      request.url = url;
      Object.setPrototypeOf(request, requestPrototype);
      Object.setPrototypeOf(response, responsePrototype);
      next(error);
    });
  }
}
