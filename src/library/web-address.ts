/**
 * `value` as an absolute `http:`/`https:` URL string, or null for anything else (relative,
 * `javascript:`, `data:`, malformed): the only links an article keeps are plain web addresses.
 * @param value untrusted text from a page, front matter or a paste
 */
export function httpUrl(value: string): string | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The host of a URL without a leading `www.`, as a site name when the site gives none.
 * @param url an absolute URL, as {@link httpUrl} returns
 * @returns null for a URL without a host
 */
export function siteHost(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./u, '') || null;
  } catch {
    return null;
  }
}
