import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { loadSetting, saveSetting } from '../storage/settings-storage';
import {
  LINE_HEIGHT,
  TEXT_SIZE_REM,
  defaultSettings,
  restoreSettings,
  type ReadingSettings,
} from './reading-settings';

const STORAGE_KEY = 'qari.readingSettings';

interface SettingsContextValue {
  settings: ReadingSettings;
  update: (patch: Partial<ReadingSettings>) => void;
}

const SettingsContext = createContext<SettingsContextValue | null>(null);

function prefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

/** Holds the reading settings, restores them on start, saves every change, applies them to the page. */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<ReadingSettings>(() =>
    restoreSettings(loadSetting(STORAGE_KEY), defaultSettings(prefersDark())),
  );

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = settings.theme;
    root.style.setProperty('--article-font-size', `${TEXT_SIZE_REM[settings.textSize - 1]}rem`);
    root.style.setProperty('--article-line-height', String(LINE_HEIGHT[settings.lineSpacing]));
  }, [settings]);

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
