import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocument } from '../document/use-document';
import { useAnnotationActions } from '../annotations/use-annotation-actions';
import {
  HIGHLIGHT_COLORS,
  MAX_NOTE_LENGTH,
  type AnnotationRecord,
  type HighlightColor,
} from '../storage/annotation-record';
import { nextModified } from '../storage/last-write-wins';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { parseTags } from './parse-tags';

type SaveState = 'saved' | 'saving' | 'error';

const AUTOSAVE_DELAY_MS = 400;

interface NoteEditorProps {
  record: AnnotationRecord;
  onDone: (blank: boolean) => void;
  onDelete: () => void;
}

/**
 * Edits a highlight's note (saved as you type), color and tags; a document-level note's note
 * and tags (it has no quote and no color). A note that fails to save, or is too long, stays in
 * the box with a visible state; nothing typed is thrown away. `onDone` is told whether the
 * note is left blank (nothing typed, no tags).
 */
export function NoteEditor({ record, onDone, onDelete }: NoteEditorProps) {
  const { t } = useTranslation();
  // Quotes are the document's text: its language and direction, whatever the UI's.
  const { meta } = useDocument();
  const { perform } = useAnnotationActions();
  const [draft, setDraft] = useState(record.note);
  const [tagsDraft, setTagsDraft] = useState(record.tags.join('، '));
  const [state, setState] = useState<SaveState>('saved');
  // A newer version from elsewhere (another tab, an undo, an import) replaces the text shown,
  // unless the reader has typed something of their own since: that is never overwritten. An
  // older version (a failed save rolled back) never replaces anything.
  const [seen, setSeen] = useState({
    note: record.note,
    tags: record.tags,
    modified: record.modified,
  });
  if (record.modified !== seen.modified) {
    setSeen({ note: record.note, tags: record.tags, modified: record.modified });
    if (record.modified > seen.modified) {
      if (draft === seen.note) setDraft(record.note);
      if (tagsDraft === seen.tags.join('، ')) setTagsDraft(record.tags.join('، '));
    }
  }
  const latest = useRef(record);
  useEffect(() => {
    latest.current = record;
  }, [record]);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const ids = {
    title: useId(),
    note: useId(),
    tags: useId(),
    tagsHelp: useId(),
    status: useId(),
  };

  // The caret goes after what is already written: typing adds to a note, not before it.
  useEffect(() => {
    const box = noteRef.current;
    if (!box) return;
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
  }, []);

  const save = async (patch: Partial<AnnotationRecord>, undoable: boolean) => {
    setState('saving');
    try {
      await perform(
        {
          kind: 'update',
          // Later than the version it was made from, whatever this device's clock says.
          record: { ...latest.current, ...patch, modified: nextModified(latest.current.modified) },
        },
        { undoable },
      );
      setState('saved');
    } catch {
      setState('error');
    }
  };

  // The note typed but not yet handed to storage; flushed on a pause, on Done and on unmount.
  const pending = useRef<string | null>(null);
  const flush = useEffectEvent(() => {
    const note = pending.current;
    pending.current = null;
    if (note !== null) void save({ note }, false);
  });

  const tooLong = draft.length > MAX_NOTE_LENGTH;
  useEffect(() => {
    if (draft === latest.current.note || draft.length > MAX_NOTE_LENGTH) {
      pending.current = null;
      return;
    }
    pending.current = draft;
    const timer = setTimeout(flush, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft]);

  useEffect(() => () => flush(), []);

  const commitTags = () => {
    const tags = parseTags(tagsDraft);
    if (tags.join('\u0000') !== latest.current.tags.join('\u0000')) void save({ tags }, true);
  };

  const shown = tooLong ? 'too-long' : state;
  const statusText = {
    saved: t('editor.saved'),
    saving: t('editor.saving'),
    error: t('editor.notSaved'),
    'too-long': t('editor.notSaved'),
  }[shown];

  return (
    <section className="note-editor" aria-labelledby={ids.title}>
      <h3 id={ids.title} className="visually-hidden">
        {t(record.target ? 'editor.title' : 'editor.documentTitle')}
      </h3>
      {record.target && (
        <blockquote
          className="note-editor__quote"
          lang={meta.language}
          dir={meta.direction}
          data-color={record.color}
        >
          {record.target.quote.exact}
        </blockquote>
      )}
      <div className="field">
        <label htmlFor={ids.note}>{t('editor.note')}</label>
        <textarea
          id={ids.note}
          ref={noteRef}
          dir="auto"
          rows={4}
          value={draft}
          aria-describedby={ids.status}
          aria-invalid={tooLong || undefined}
          onChange={(e) => {
            const value = e.target.value;
            setDraft(value);
            // Typed back to what is stored: nothing left to save.
            if (value === latest.current.note) setState('saved');
            else if (value.length <= MAX_NOTE_LENGTH) setState('saving');
          }}
        />
        <p
          id={ids.status}
          className={`note-editor__status note-editor__status--${shown}`}
          aria-live="polite"
        >
          <span>{statusText}</span>
          {state === 'error' && (
            <button
              type="button"
              className="link-button"
              onClick={() => void save({ note: draft }, false)}
            >
              {t('editor.retry')}
            </button>
          )}
        </p>
        {tooLong && (
          <p className="note-editor__error" role="alert">
            {t('editor.tooLong', { max: MAX_NOTE_LENGTH, count: draft.length })}
          </p>
        )}
      </div>
      {record.target && (
        <ChoiceGroup
          label={t('editor.color')}
          options={HIGHLIGHT_COLORS}
          value={record.color}
          onChange={(color) => void save({ color }, true)}
          optionLabel={(color: HighlightColor) => t(`colors.${color}`)}
          optionClass={(color) => `choice--color choice--${color}`}
        />
      )}
      <div className="field">
        <label htmlFor={ids.tags}>{t('editor.tags')}</label>
        <input
          id={ids.tags}
          type="text"
          dir="auto"
          value={tagsDraft}
          aria-describedby={ids.tagsHelp}
          onChange={(e) => setTagsDraft(e.target.value)}
          onBlur={commitTags}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitTags();
          }}
        />
        <p id={ids.tagsHelp} className="field__help">
          {t('editor.tagsHelp')}
        </p>
      </div>
      <div className="note-editor__actions">
        <button type="button" className="button button--danger" onClick={onDelete}>
          {t(record.target ? 'editor.delete' : 'editor.deleteNote')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            // A note that is too long or failed to save keeps the editor open, text and all.
            if (tooLong || state === 'error') {
              noteRef.current?.focus();
              return;
            }
            commitTags();
            onDone(draft === '' && parseTags(tagsDraft).length === 0);
          }}
        >
          {t('editor.done')}
        </button>
      </div>
    </section>
  );
}
