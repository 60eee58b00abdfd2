import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EventList, type EventListShared } from './EventList';
import { formatNumber } from './format-number';
import type { ResolvedEvent } from './resolve-events';

/** Background items, apart from the main sequence and collapsed until the reader opens them. */
export function ContextGroup({
  entries,
  ...shared
}: { entries: ResolvedEvent[] } & EventListShared) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  return (
    <section className="timeline__context">
      <h3 className="timeline__context-title">
        <button
          type="button"
          className="timeline__disclosure"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((o) => !o)}
        >
          {t('timeline.context')}{' '}
          <span className="timeline__count">({formatNumber(entries.length, shared.options)})</span>
        </button>
      </h3>
      <div id={listId} hidden={!open}>
        {open && <EventList label={t('timeline.context')} entries={entries} {...shared} />}
      </div>
    </section>
  );
}
