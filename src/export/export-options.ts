import type { TimelineEventRecord } from '../storage/timeline-event-record';
import type { AnnotationRecord } from './record-contract';

/** The timeline event an annotation falls in, as far as an export needs to know it. */
export interface ExportEvent {
  title: string;
}

/** What every export builder is given besides the annotations and the document. */
export interface ExportOptions {
  /** The moment of export; builders never read the clock themselves. */
  now: Date;
  /** Address where the reader shows this article, if known (written as `url`); may be empty. */
  url?: string;
  /** The timeline event an annotation belongs to, or null; absent means "no timeline". */
  eventFor?: (annotation: AnnotationRecord) => ExportEvent | null;
  /** The document's own timeline events (accepted and added), listed after the notes. */
  timeline?: readonly TimelineEventRecord[];
  /** The translated heading of that list; the builders never translate. */
  timelineHeading?: string;
}
