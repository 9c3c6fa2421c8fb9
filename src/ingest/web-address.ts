// A source's url is shown as a link, so only web addresses are taken: a `javascript:` or `data:` url
// from a scraped page or another tool's export would be code behind a link, not a source.

export function isWebAddress(url: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(url.trim());
}

export function notWebAddress(url: string): string {
  return `url ${JSON.stringify(url.slice(0, 80))} is not an http(s) address`;
}
