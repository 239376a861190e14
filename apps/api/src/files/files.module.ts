import { AppConfig } from '@app/config';
import { Module } from '@nestjs/common';
import { FileStore, fileStoreFor } from './file-store';

/** The file store the configuration names (FILE_STORE), ready before the API serves. */
@Module({
  providers: [
    {
      provide: FileStore,
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => {
        const store = fileStoreFor(config);
        await store.prepare();
        return store;
      },
    },
  ],
  exports: [FileStore],
})
export class FilesModule {}
