import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** How far through the element with `targetId` the reader has scrolled, 0..100. */
function useScrollProgress(targetId: string): number {
  const [progress, setProgress] = useState(0);
  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const target = document.getElementById(targetId);
      if (!target) return;
      const rect = target.getBoundingClientRect();
      const scrollable = rect.height - window.innerHeight;
      const read = scrollable <= 0 ? (rect.top <= 0 ? 1 : 0) : -rect.top / scrollable;
      setProgress(Math.round(Math.min(1, Math.max(0, read)) * 100));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [targetId]);
  return progress;
}

/** A thin bar at the top of the page showing reading progress through the article. */
export function ReadingProgress({ targetId }: { targetId: string }) {
  const { t } = useTranslation();
  const progress = useScrollProgress(targetId);
  return (
    <div
      className="reading-progress"
      role="progressbar"
      aria-label={t('app.readingProgress')}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={progress}
    >
      {/* No style attribute at 0: the prerendered HTML would carry one, which the CSP forbids. */}
      <div
        className="reading-progress__bar"
        style={progress > 0 ? { inlineSize: `${progress}%` } : undefined}
      />
    </div>
  );
}
