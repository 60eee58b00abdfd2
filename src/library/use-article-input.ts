import { useState } from 'react';
import type { AddArticleInput } from './add-article-input';
import { useArticleExtraction } from './use-article-extraction';

/**
 * The paste-or-file input of a dialog that reads an article ("Add article", "Replace text"):
 * what the reader gave, the paste box's text, and its extraction. `choose` takes a new input
 * (`byTyping` when typed into the box, read after a pause); `settled()` is the current input's
 * outcome, read now if typing is pending.
 */
export function useArticleInput(initialInput: AddArticleInput | null) {
  const [input, setInput] = useState<AddArticleInput | null>(initialInput);
  const [typed, setTyped] = useState(false);
  const [pasteText, setPasteText] = useState(
    initialInput?.kind === 'paste' ? initialInput.text : '',
  );
  const [missingInput, setMissingInput] = useState(false);
  const { extraction, settled } = useArticleExtraction(input, typed);

  const choose = (next: AddArticleInput | null, byTyping: boolean) => {
    setTyped(byTyping);
    setInput(next);
    setMissingInput(false);
  };

  return {
    input,
    pasteText,
    setPasteText,
    extraction,
    settled,
    choose,
    /** True after the reader went on with nothing given: the dialog says so. */
    missingInput,
    setMissingInput,
  };
}

/** What {@link useArticleInput} returns. */
export type ArticleInputState = ReturnType<typeof useArticleInput>;

/** Why the input cannot be read (an extractor's code, or nothing given yet), or null. */
export function inputFailure({ extraction, missingInput }: ArticleInputState) {
  return extraction.status === 'failed' ? extraction.error : missingInput ? 'no-input' : null;
}
