import { Module } from '@nestjs/common';
import { DirectoryController } from './directory.controller';

/** Who and where: the offices and people within the caller's reach. */
@Module({ controllers: [DirectoryController] })
export class DirectoryModule {}
