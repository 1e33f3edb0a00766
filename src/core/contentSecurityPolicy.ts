// The one Content-Security-Policy builder: the webviews' HTML shell and the exported incident
// report both start from `default-src 'none'` and allow only the sources they name, so a page can
// load, run and send nothing else.

export interface PolicySources {
  readonly styles?: readonly string[];
  readonly images?: readonly string[];
  readonly fonts?: readonly string[];
  readonly scripts?: readonly string[];
  /** A file opened on its own (the exported report): no <base> to re-point links, no form to submit anywhere. */
  readonly standalone?: boolean;
}

/** `'nonce-…'`: what a style or script element must carry to be allowed. */
export function nonceSource(nonce: string): string {
  return `'nonce-${nonce}'`;
}

/** The policy text for a `<meta http-equiv="Content-Security-Policy">` (single quotes only: safe in a double-quoted attribute). */
export function contentSecurityPolicy(sources: PolicySources): string {
  const parts = ["default-src 'none'"];
  const allow = (directive: string, list: readonly string[] | undefined) => {
    if (list && list.length > 0) parts.push(`${directive} ${list.join(' ')}`);
  };
  allow('style-src', sources.styles);
  allow('img-src', sources.images);
  allow('font-src', sources.fonts);
  allow('script-src', sources.scripts);
  if (sources.standalone) parts.push("base-uri 'none'", "form-action 'none'");
  return parts.join('; ');
}
