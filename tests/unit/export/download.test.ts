// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { downloadFile, REVOKE_AFTER_MS, type DownloadDeps } from '../../../src/export/download';

function deps() {
  const clicked: { href: string; download: string; attached: boolean }[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  const stub = {
    document,
    createObjectURL: vi.fn(() => 'blob:qari/1'),
    revokeObjectURL: vi.fn(),
    setTimeout: (run: () => void, ms: number) => timers.push({ run, ms }),
  } satisfies DownloadDeps;
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicked.push({ href: this.href, download: this.download, attached: this.isConnected });
  });
  return { stub, clicked, timers, restore: () => click.mockRestore() };
}

describe('downloadFile', () => {
  it('clicks a temporary <a download> on an object URL, then revokes the URL later', () => {
    const { stub, clicked, timers, restore } = deps();
    const blob = downloadFile('{"a":1}', 'notes.json', 'application/ld+json;charset=utf-8', stub);
    restore();
    expect(blob.type).toBe('application/ld+json;charset=utf-8');
    expect(stub.createObjectURL).toHaveBeenCalledWith(blob);
    expect(clicked).toEqual([{ href: 'blob:qari/1', download: 'notes.json', attached: true }]);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(stub.revokeObjectURL).not.toHaveBeenCalled();
    expect(timers.map((t) => t.ms)).toEqual([REVOKE_AFTER_MS]);
    timers[0]?.run();
    expect(stub.revokeObjectURL).toHaveBeenCalledWith('blob:qari/1');
  });

  it('writes UTF-8 and keeps a byte-order mark at the start', async () => {
    const { stub, restore } = deps();
    const blob = downloadFile('\uFEFFقارئ,1', 'notes.csv', 'text/csv;charset=utf-8', stub);
    restore();
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe('\uFEFFقارئ,1');
  });
});
