import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

/** Which annotation the reader is working on, shared by the article, toolbar and notes panel. */
interface ActiveAnnotation {
  /** The annotation whose editor is open, or null. */
  editingId: string | null;
  /** Opens the editor of an annotation (in the notes panel); null closes it. */
  edit: (id: string | null) => void;
}

const ActiveContext = createContext<ActiveAnnotation>({ editingId: null, edit: () => {} });

/** Holds the annotation being edited. */
export function ActiveAnnotationProvider({ children }: { children: ReactNode }) {
  const [editingId, edit] = useState<string | null>(null);
  const value = useMemo(() => ({ editingId, edit }), [editingId]);
  return <ActiveContext value={value}>{children}</ActiveContext>;
}

/** The annotation being edited and a way to change it. */
export function useActiveAnnotation(): ActiveAnnotation {
  return useContext(ActiveContext);
}
