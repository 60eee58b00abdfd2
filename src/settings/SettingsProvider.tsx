import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { saveSetting } from '../storage/settings-storage';
import {
  applyReadingSettings,
  SETTINGS_STORAGE_KEY as STORAGE_KEY,
  storedReadingSettings,
} from './page-settings';
import type { ReadingSettings } from './reading-settings';

interface SettingsContextValue {
  settings: ReadingSettings;
  update: (patch: Partial<ReadingSettings>) => void;
}

const SettingsContext = createContext<SettingsContextValue | null>(null);

/** Holds the reading settings, restores them on start, saves every change, applies them to the page. */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<ReadingSettings>(storedReadingSettings);

  useEffect(() => applyReadingSettings(settings), [settings]);

  const value = useMemo(() => {
    // Saved only when the reader changes something, so until then the theme keeps following
    // the system's colour scheme.
    const update = (patch: Partial<ReadingSettings>) => {
      const next = { ...settings, ...patch };
      saveSetting(STORAGE_KEY, next);
      setSettings(next);
    };
    return { settings, update };
  }, [settings]);
  return <SettingsContext value={value}>{children}</SettingsContext>;
}

/** The current reading settings and a function to change some of them. */
export function useReadingSettings(): SettingsContextValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useReadingSettings needs a SettingsProvider');
  return value;
}
