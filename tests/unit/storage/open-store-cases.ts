import { IDBKeyRange } from 'fake-indexeddb';
import type { IndexedDbDeps } from '../../../src/storage/db';
import type { FallbackReason } from '../../../src/storage/open-store';

/** A request that fails asynchronously with `name`, the way a real IDBOpenDBRequest does. */
function failingRequest(name: string): IDBOpenDBRequest {
  const request = { error: new DOMException(`open failed: ${name}`, name) } as {
    error: DOMException;
    onerror?: (event: unknown) => void;
  };
  setTimeout(() => {
    request.onerror?.({ target: request, preventDefault() {}, stopPropagation() {} });
  }, 0);
  return request as unknown as IDBOpenDBRequest;
}

function factory(open: (name: string) => IDBOpenDBRequest): IndexedDbDeps {
  return { indexedDB: { open } as unknown as IDBFactory, IDBKeyRange };
}

/** Broken IndexedDBs seen in the wild, and the reason the memory store should report. */
export const brokenIndexedDbCases: [
  name: string,
  deps: () => IndexedDbDeps,
  reason: FallbackReason,
][] = [
  [
    'open() throws SecurityError (sandboxed frame, storage blocked)',
    () =>
      factory(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      }),
    'unavailable',
  ],
  [
    'open fails with InvalidStateError (Firefox private browsing before 115)',
    () => factory(() => failingRequest('InvalidStateError')),
    'unavailable',
  ],
  [
    'open fails with UnknownError (Chrome, broken backing store)',
    () => factory(() => failingRequest('UnknownError')),
    'unavailable',
  ],
  [
    'open fails with QuotaExceededError (no space to create the database)',
    () => factory(() => failingRequest('QuotaExceededError')),
    'quota-exceeded',
  ],
  [
    'open() returns nothing (a stubbed-out API)',
    () => factory(() => undefined as unknown as IDBOpenDBRequest),
    'unavailable',
  ],
];
