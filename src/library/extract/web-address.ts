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

/** Query parameters that say who shared a link, not what it points to. */
const TRACKING_PARAMETER = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|yclid|igshid)$/iu;

/**
 * An http(s) URL without its tracking query parameters (utm_*, fbclid, gclid and the like):
 * the same article's address whoever shared it, so two copies are recognisably one.
 * @param url an absolute URL, as {@link httpUrl} returns
 */
export function withoutTracking(url: string): string {
  const parsed = new URL(url);
  for (const name of [...parsed.searchParams.keys()]) {
    if (TRACKING_PARAMETER.test(name)) parsed.searchParams.delete(name);
  }
  return parsed.href;
}

/**
 * An article's source address from untrusted text: an absolute http(s) URL without tracking
 * parameters, or null.
 * @param value a canonical link, og:url, JSON-LD url or front matter field
 */
export function sourceUrlOf(value: string): string | null {
  const url = httpUrl(value);
  return url ? withoutTracking(url) : null;
}
