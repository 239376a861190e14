import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { AttachmentEntity } from '../entities/attachment.entity';
import { Tx } from '../transactions';

export type NewAttachment = Omit<AttachmentEntity, 'id' | 'case' | 'act' | 'uploader'>;

/** Files of cases and acts: their records (the bytes are in the file store). */
@Injectable()
export class AttachmentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(tx: Tx, attachment: NewAttachment): Promise<AttachmentEntity> {
    return tx.save(tx.create(AttachmentEntity, attachment));
  }

  findById(id: string, tx: Tx = this.dataSource.manager): Promise<AttachmentEntity | null> {
    return tx.findOneBy(AttachmentEntity, { id });
  }

  /** The files of one act, oldest first. */
  ofAct(actId: string): Promise<AttachmentEntity[]> {
    return this.dataSource.manager.find(AttachmentEntity, { where: { actId }, order: { uploadedAt: 'ASC', id: 'ASC' } });
  }

  /** The files of the case itself (not those of its acts), oldest first. */
  ofCase(caseId: string): Promise<AttachmentEntity[]> {
    return this.dataSource.manager.find(AttachmentEntity, { where: { caseId, actId: IsNull() }, order: { uploadedAt: 'ASC', id: 'ASC' } });
  }

  /** Removes the record; false when it was already gone (a racing delete). */
  async remove(tx: Tx, id: string): Promise<boolean> {
    const removed = await tx.delete(AttachmentEntity, { id });
    return (removed.affected ?? 0) > 0;
  }
}
