import { Injectable, NestMiddleware } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';
import { AddressLimits } from './address-limits';

/** The per-address limits, before the body is read and before authentication (AddressLimits). */
@Injectable()
export class AddressLimitMiddleware implements NestMiddleware {
  constructor(private readonly limits: AddressLimits) {}

  use(request: Request, response: Response, next: NextFunction): void {
    this.limits.admit(request, response).then((refusal) => next(refusal ?? undefined), next);
  }
}
