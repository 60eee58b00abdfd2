import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { storageErrorKey } from '../annotations/storage-error-key';
import { BackupReminder } from '../backup/BackupReminder';
import type { ArticleDocument } from '../document/article-document';
import { BUILT_IN_DOCUMENT_ID } from '../document/built-in-document';
import { documentQueryOptions } from '../document/document-query';
import { useDocumentSource } from '../document/use-document';
import type { AnnotationRecord } from '../storage/annotation-record';
import { toStorageError } from '../storage/storage-error';

/**
 * The backup reminder in the reader's notes panel, given what a backup made from there needs:
 * the built-in article's metadata (the open document's when it is that one) and the message
 * of a storage error. Loaded on its own, after the first visit (see Reader).
 */
export function LibraryBackupReminder({
  doc,
  records,
}: {
  doc: ArticleDocument;
  records: readonly AnnotationRecord[];
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const source = useDocumentSource();
  const bundled = useCallback(async () => {
    if (doc.meta.builtIn) return [doc.meta];
    const builtIn = await queryClient
      .fetchQuery(documentQueryOptions(source, BUILT_IN_DOCUMENT_ID))
      .catch(() => null);
    return builtIn ? [builtIn.meta] : [];
  }, [doc, queryClient, source]);
  const describe = useCallback(
    (cause: unknown) => t(storageErrorKey(toStorageError(cause).code)),
    [t],
  );
  return <BackupReminder records={records} bundled={bundled} describeError={describe} />;
}
