import { useCallback, useState } from 'react';
import { loadSetting, saveSetting } from '../storage/settings-storage';
import {
  DEFAULT_TIMELINE_DISPLAY,
  TIMELINE_DISPLAY_KEY,
  isTimelineDisplay,
  type TimelineDisplay,
} from './timeline-settings';

/**
 * The reader's choice of month names and digits for timeline dates, read once from storage
 * (the default when absent, unreadable or from an unknown version) and saved on every change.
 * Saving never throws: with blocked storage the choice lasts until reload.
 */
export function useTimelineSettings(): [TimelineDisplay, (next: TimelineDisplay) => void] {
  const [display, setDisplay] = useState<TimelineDisplay>(
    () => loadSetting(TIMELINE_DISPLAY_KEY, isTimelineDisplay) ?? DEFAULT_TIMELINE_DISPLAY,
  );
  const change = useCallback((next: TimelineDisplay) => {
    setDisplay(next);
    saveSetting(TIMELINE_DISPLAY_KEY, next);
  }, []);
  return [display, change];
}
