// Which source urls the details panel may turn into links. An events file can come from anywhere (a
// dropped file, another tool), so a url is only a link when it is an absolute http(s) url: a
// `javascript:` or `data:` url behind an outlet's name would run or show attacker content on a click,
// and a relative one would point into this app. Anything else is shown as plain text.

/** The url, normalized by the URL parser, when it is absolute http(s); otherwise null. */
export function sourceLink(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    // No base: a relative url does not parse, so it never becomes a link.
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}
