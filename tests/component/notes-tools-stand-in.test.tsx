import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildJsonLd } from '../../src/export/export-jsonld';
import { LazyNotesTools } from '../../src/app/LazyNotesTools';
import { annotationOn } from './annotation-fixtures';
import { dialogCounts, doc, renderWithStore } from './export-test-utils';

// The tools' code is held back until a test lets it through, so each test starts on the stand-in.
const toolsGate = vi.hoisted(() => {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open: () => open() };
});
vi.mock('../../src/app/NotesTools', async (importOriginal) => {
  await toolsGate.opened;
  return importOriginal();
});

async function standInTools(language: 'ar' | 'en' = 'en') {
  await renderWithStore((cached) => <LazyNotesTools doc={doc} records={cached} scopeIds={null} />, {
    language,
  });
  const input = screen.getByLabelText(language === 'en' ? 'Import notes' : 'استورد ملاحظات');
  await waitFor(() => expect(input).toBeEnabled());
  return input;
}

describe('the notes tools before their code has loaded', () => {
  it('opens the Export menu, its first item focused, from the first press of Enter', async () => {
    const user = userEvent.setup();
    await standInTools();
    const button = screen.getByRole('button', { name: 'Export' });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    button.focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    toolsGate.open();
    const menu = await screen.findByRole('menu', { name: 'Export' });
    expect(screen.getByRole('button', { name: 'Export' })).toHaveAttribute('aria-expanded', 'true');
    // Focus moves in the frame after the menu is drawn; a loaded machine may take longer.
    await waitFor(() =>
      expect(within(menu).getByRole('menuitem', { name: 'JSON-LD' })).toHaveFocus(),
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export' })).toHaveFocus();
  });

  it('reads a file chosen in the stand-in once the import code is there, in Arabic too', async () => {
    const user = userEvent.setup();
    toolsGate.open();
    const input = await standInTools('ar');
    expect(input).toHaveAccessibleDescription(/حتى 20 ميغابايت/);
    const json = buildJsonLd([annotationOn('ستانيسلاف زاس')], doc, { now: new Date() });
    await user.upload(input, new File([json], 'notes.json', { type: 'application/json' }));
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'استيراد الملاحظات' },
      { timeout: 5000 },
    );
    expect(Object.values(dialogCounts(dialog))).toContain('1');
    expect(screen.getByLabelText('استورد ملاحظات')).toBeInTheDocument();
  });
});
