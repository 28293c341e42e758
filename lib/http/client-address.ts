import { isIP, type BlockList } from "node:net";

import { env } from "@/lib/env";
import { trustedProxyList } from "@/lib/http/trusted-proxies.mjs";

export { trustedProxyList };

// The one place that decides who a request comes from, for every rate limit
// (sign-in through better-auth, POST /api/decide). The address is read from
// X-Forwarded-For: through the proxies listed in TRUSTED_PROXIES, the client is
// the right-most hop that is not one of them; without TRUSTED_PROXIES, the
// right-most hop (what the nearest proxy, or Next's server from the socket,
// wrote). Anything that is not an IP address is one shared "unknown" client,
// so made-up values cannot fill the counters.

export const UNKNOWN_CLIENT = "unknown";

function isTrusted(address: string, proxies: BlockList): boolean {
  const family = isIP(address);
  return family !== 0 && proxies.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** The client's address for rate limits, or UNKNOWN_CLIENT. */
export function clientAddress(headers: Headers, proxies: BlockList | null): string {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  let index = hops.length - 1;
  if (proxies) while (index >= 0 && isTrusted(hops[index]!, proxies)) index--;
  const address = hops[index] ?? "";
  return isIP(address) ? address : UNKNOWN_CLIENT;
}

let configured: { entries: readonly string[]; list: BlockList | null } | undefined;

/** clientAddress with this server's TRUSTED_PROXIES (parsed once). */
export function requestClientAddress(headers: Headers): string {
  const trustedProxies = env().TRUSTED_PROXIES;
  if (configured?.entries !== trustedProxies) {
    configured = { entries: trustedProxies, list: trustedProxies.length ? trustedProxyList(trustedProxies) : null };
  }
  return clientAddress(headers, configured.list);
}
