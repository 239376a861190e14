import { Module } from '@nestjs/common';
import { ActTypeCatalogService } from './act-type-catalog.service';
import { ActTypesController } from './act-types.controller';

/** The act-type catalogue every client labels its screens and messages from. */
@Module({ controllers: [ActTypesController], providers: [ActTypeCatalogService] })
export class CatalogModule {}
