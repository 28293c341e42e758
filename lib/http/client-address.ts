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

/**
 * The key an address is counted under: an IPv4 address as it is (also when written as an
 * IPv4-mapped IPv6 address), an IPv6 address as its /64 network, since one subscriber usually
 * holds a whole /64 and could otherwise take a fresh address for every request.
 */
export function limitKey(address: string): string {
  let text = address.toLowerCase().replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (mapped) return mapped[1]!;
  if (isIP(text) !== 6) return address;
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const before = head ? head.split(":") : [];
  const after = tail ? tail.split(":") : [];
  const groups = tail === undefined ? before : [...before, ...Array<string>(8 - before.length - after.length).fill("0"), ...after];
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(":")}::`;
}

/** The client's address for rate limits (IPv6 as its /64, limitKey), or UNKNOWN_CLIENT. */
export function clientAddress(headers: Headers, proxies: BlockList | null): string {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  let index = hops.length - 1;
  if (proxies) while (index >= 0 && isTrusted(hops[index]!, proxies)) index--;
  const address = hops[index] ?? "";
  return isIP(address) ? limitKey(address) : UNKNOWN_CLIENT;
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
