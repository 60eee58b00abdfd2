import { z } from 'zod';
import type { ArticleMeta } from './article-document';

const bilingual = z.object({ ar: z.string().min(1), en: z.string().min(1) });
const blockKind = z.enum(['lede', 'paragraph', 'heading', 'related', 'credit', 'source']);

/** Schema of a seed's metadata file (`seeds/*.meta.json`). */
export const articleMetaSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  shortName: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  source: z.string().regex(/^(urn:|https?:\/\/)\S+$/),
  headline: bilingual,
  published: z.iso.date(),
  publisher: bilingual,
  language: z.literal('ar'),
  kindOverrides: z.record(z.string().regex(/^[1-9]\d*$/), blockKind).default({}),
}) satisfies z.ZodType<ArticleMeta, unknown>;
