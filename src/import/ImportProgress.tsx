import { useTranslation } from 'react-i18next';
import { TaskProgress } from '../ui/TaskProgress';
import type { ImportStep } from './import-steps';

interface ImportProgressProps {
  fileName: string;
  step: ImportStep;
  onCancel: () => void;
  cancelling: boolean;
  /** See TaskProgress's `focusCancel`. */
  focusCancel?: boolean;
}

/** An import's progress: reading the file, checking its items, saving them; with Cancel. */
export function ImportProgress({
  fileName,
  step,
  onCancel,
  cancelling,
  focusCancel,
}: ImportProgressProps) {
  const { t } = useTranslation();
  const counts = { done: step.done, total: step.total ?? 0 };
  const label =
    step.phase === 'reading' || step.total === null
      ? t('exporting.progress.reading')
      : step.phase === 'checking'
        ? t('exporting.progress.checking', counts)
        : t('exporting.progress.saving', counts);
  return (
    <TaskProgress
      name={t('exporting.progressName', { file: fileName })}
      progress={step}
      label={label}
      onCancel={onCancel}
      cancelling={cancelling}
      focusCancel={focusCancel}
    />
  );
}
