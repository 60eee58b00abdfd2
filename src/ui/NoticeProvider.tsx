import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import './notices.css';

/** A message for the reader; errors are announced assertively (role="alert"). */
export interface Notice {
  tone: 'info' | 'error';
  message: string;
  /** An optional button, e.g. "Undo". */
  action?: { label: string; run: () => void };
  /** Milliseconds before it goes away by itself; errors and notices with an action stay. */
  timeout?: number;
}

interface ShownNotice extends Notice {
  id: number;
}

type Notify = (notice: Notice) => void;

const NoticeContext = createContext<Notify>(() => {});

/** Shows short-lived messages (toasts) and errors at the bottom of the screen. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [notices, setNotices] = useState<ShownNotice[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => {
    setNotices((all) => all.filter((n) => n.id !== id));
  }, []);

  const notify = useCallback<Notify>(
    (notice) => {
      const id = nextId.current++;
      // One message of each tone at a time: a new one replaces the old.
      setNotices((all) => [...all.filter((n) => n.tone !== notice.tone), { ...notice, id }]);
      // Errors and notices with a button (Undo) stay until dismissed or replaced: a reader who
      // needs more time must not lose the chance to act (WCAG 2.2.1).
      const timeout =
        notice.timeout ?? (notice.tone === 'info' && !notice.action ? 6000 : undefined);
      if (timeout) setTimeout(() => dismiss(id), timeout);
    },
    [dismiss],
  );

  const info = notices.filter((n) => n.tone === 'info');
  const errors = notices.filter((n) => n.tone === 'error');
  // Info goes in a status region that is always present (so it is announced); each error is
  // its own alert, inserted when it happens, which screen readers announce at once.
  const render = (n: ShownNotice) => (
    <div
      key={n.id}
      className={`notice notice--${n.tone}`}
      role={n.tone === 'error' ? 'alert' : undefined}
    >
      <p className="notice__message">{n.message}</p>
      {n.action && (
        <button
          type="button"
          className="button notice__action"
          onClick={() => {
            n.action?.run();
            dismiss(n.id);
          }}
        >
          {n.action.label}
        </button>
      )}
      <button
        type="button"
        className="icon-button"
        aria-label={t('notices.dismiss')}
        onClick={() => dismiss(n.id)}
      >
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );

  return (
    <NoticeContext value={notify}>
      {children}
      <div className="notices">
        <div role="status">{info.map(render)}</div>
        {errors.map(render)}
      </div>
    </NoticeContext>
  );
}

/** Shows a notice; stable across renders. */
export function useNotify(): Notify {
  return useContext(NoticeContext);
}

/** Convenience: the provider's notices, memoised by tone. */
export function useNotices() {
  const notify = useNotify();
  return useMemo(
    () => ({
      info: (message: string, action?: Notice['action']) =>
        notify({ tone: 'info', message, action }),
      error: (message: string, action?: Notice['action']) =>
        notify({ tone: 'error', message, action }),
    }),
    [notify],
  );
}
