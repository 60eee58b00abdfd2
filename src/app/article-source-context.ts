import { createContext, useContext } from 'react';
import { bundledArticleSource, type ArticleSource } from '../document/article-source';

/** Which article files the app reads; tests provide their own. */
export const ArticleSourceContext = createContext<ArticleSource>(bundledArticleSource);

/** The article source in effect. */
export function useArticleSource(): ArticleSource {
  return useContext(ArticleSourceContext);
}
