// Where Office on the web frames the add-in from, and whether a CSP `frame-ancestors` lets it.
// Microsoft publishes no official list (office-js-docs-pr#721 is still open); these are the hosts named
// by Microsoft's staff and users in office-js#3342 and office-js-docs-pr#4911: Excel on the web
// (officeapps.live.com, and the newer cloud.microsoft), Microsoft 365 and Office portals, and SharePoint
// and OneDrive, which open workbooks stored there.
export const OFFICE_FRAME_ANCESTORS = [
  "https://*.officeapps.live.com",
  "https://*.office.com",
  "https://*.office365.com",
  "https://*.microsoft365.com",
  "https://*.cloud.microsoft",
  "https://*.sharepoint.com",
  "https://onedrive.live.com",
] as const;

/** The origin the check sends, as Excel on the web does when it fetches functions.json. */
export const EXCEL_WEB_ORIGIN = "https://excel.officeapps.live.com";

/** Origins a frame-ancestors must allow: Excel on the web, old and new domains, and the Microsoft 365 portal. */
export const ORIGINS_THAT_FRAME = [EXCEL_WEB_ORIGIN, "https://excel.cloud.microsoft", "https://www.office.com"];

/** The sources of the frame-ancestors directive of a Content-Security-Policy, or undefined when it has none. */
export function frameAncestors(csp: string): string[] | undefined {
  for (const directive of csp.split(";")) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name?.toLowerCase() === "frame-ancestors") return sources;
  }
  return undefined;
}

/** Whether one CSP source expression (host-source or scheme-source) matches an https origin. */
export function sourceAllows(source: string, origin: string): boolean {
  const { protocol, hostname, port } = new URL(origin);
  const lower = source.toLowerCase();
  if (lower === "*") return true;
  if (/^[a-z][a-z0-9+.-]*:$/.test(lower)) return lower === protocol;
  const match = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*\.)?([^/:]+)(?::(\d+|\*))?(?:\/.*)?$/.exec(lower);
  if (!match) return false; // 'self', 'none' and other keywords never allow another site
  const [, scheme, wildcard, host, sourcePort] = match;
  if (scheme && scheme !== protocol.slice(0, -1)) return false;
  if (sourcePort && sourcePort !== "*" && sourcePort !== (port || "443")) return false;
  return wildcard ? hostname.endsWith(`.${host}`) : hostname === host;
}

/** The origins of ORIGINS_THAT_FRAME that a frame-ancestors list refuses. */
export function refusedOrigins(sources: string[]): string[] {
  return ORIGINS_THAT_FRAME.filter((origin) => !sources.some((source) => sourceAllows(source, origin)));
}
