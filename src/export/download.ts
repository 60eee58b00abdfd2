/** How long an object URL outlives its click: browsers start the download asynchronously. */
export const REVOKE_AFTER_MS = 30_000;

/** Where {@link downloadFile} works; the page by default, a stub in tests. */
export interface DownloadDeps {
  document: Document;
  createObjectURL: (blob: Blob) => string;
  revokeObjectURL: (url: string) => void;
  setTimeout: (run: () => void, ms: number) => unknown;
}

function pageDeps(): DownloadDeps {
  return {
    document,
    createObjectURL: (blob) => URL.createObjectURL(blob),
    revokeObjectURL: (url) => URL.revokeObjectURL(url),
    setTimeout: (run, ms) => setTimeout(run, ms),
  };
}

/**
 * Saves `content` as a file named `fileName`: a Blob of type `mimeType` (strings are written as
 * UTF-8, a leading U+FEFF included, so a CSV keeps its byte-order mark), an object URL, and a
 * click on a temporary `<a download>`. The URL is revoked {@link REVOKE_AFTER_MS} later, not at
 * once, because revoking during the click can cancel the download in some browsers. Returns
 * the Blob. Throws only if the browser refuses to make the Blob or URL.
 */
export function downloadFile(
  content: string,
  fileName: string,
  mimeType: string,
  deps: DownloadDeps = pageDeps(),
): Blob {
  const blob = new Blob([content], { type: mimeType });
  const url = deps.createObjectURL(blob);
  const link = deps.document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  deps.document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    deps.setTimeout(() => deps.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
  return blob;
}
