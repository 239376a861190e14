import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig, loadConfig } from './app-config';
import { Clock } from './clock';

/**
 * Makes the validated AppConfig and the Clock injectable everywhere. `forRoot()` validates process.env;
 * tests pass an already-built config so each suite can point at its own database and prefix.
 */
@Global()
@Module({})
export class AppConfigModule {
  static forRoot(config?: AppConfig, clock: Clock = new Clock()): DynamicModule {
    return {
      module: AppConfigModule,
      providers: [
        { provide: AppConfig, useFactory: () => config ?? loadConfig(process.env) },
        { provide: Clock, useValue: clock },
      ],
      exports: [AppConfig, Clock],
    };
  }
}
