import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../src/i18n/init-i18n';
import type { TaskProgress as Progress } from '../../src/task/task-progress';
import { TaskProgress } from '../../src/ui/TaskProgress';

function ui(progress: Progress, onCancel?: () => void) {
  return (
    <I18nextProvider i18n={createI18n('en')}>
      <TaskProgress
        name="Importing notes.json"
        progress={progress}
        label={progress.total === null ? 'Reading' : `Step ${progress.done} of ${progress.total}`}
        onCancel={onCancel}
      />
    </I18nextProvider>
  );
}

describe('TaskProgress', () => {
  it('is a progress bar with its value, indeterminate while the total is unknown', () => {
    const { rerender } = render(ui({ phase: 'reading', done: 0, total: null }));
    const bar = screen.getByRole('progressbar', { name: 'Importing notes.json' });
    expect(bar).not.toHaveAttribute('aria-valuenow');
    expect(bar).toHaveAttribute('aria-valuetext', 'Reading');
    rerender(ui({ phase: 'checking', done: 30, total: 200 }));
    expect(bar).toHaveAttribute('aria-valuenow', '30');
    expect(bar).toHaveAttribute('aria-valuemax', '200');
    expect(bar).toHaveAttribute('aria-valuetext', 'Step 30 of 200');
  });

  it('speaks at each quarter of a phase, not at every step', () => {
    const { rerender } = render(ui({ phase: 'checking', done: 0, total: 200 }));
    const status = screen.getByRole('status');
    const spoken = new Set<string>();
    for (let done = 0; done <= 200; done++) {
      rerender(ui({ phase: 'checking', done, total: 200 }));
      spoken.add(status.textContent ?? '');
    }
    expect([...spoken]).toEqual([
      'Step 0 of 200',
      'Step 50 of 200',
      'Step 100 of 200',
      'Step 150 of 200',
    ]);
    rerender(ui({ phase: 'saving', done: 3, total: 200 }));
    expect(status).toHaveTextContent('Step 3 of 200');
    expect(status).toHaveAttribute('aria-live', 'polite');
  });

  it('has a Cancel button when the work can be stopped', async () => {
    const user = userEvent.setup();
    const onCancel = vi.fn();
    const { rerender, container } = render(ui({ phase: 'checking', done: 1, total: 2 }));
    expect(within(container).queryByRole('button')).not.toBeInTheDocument();
    rerender(ui({ phase: 'checking', done: 1, total: 2 }, onCancel));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
