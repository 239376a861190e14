import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { ApiKeyCache } from './api-key-cache';
import { AuthController } from './auth.controller';
import { MeController } from './me.controller';
import { PasswordChecks } from './password-checks';
import { SessionController } from './session.controller';
import { TokenService } from './token.service';

@Module({
  controllers: [AuthController, SessionController, MeController],
  providers: [TokenService, ApiKeyCache, PasswordChecks, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [TokenService],
})
export class AuthModule {}
