// @ts-check
import { BlockList, isIP } from "node:net";

// TRUSTED_PROXIES parsed into a matcher: read by the app (lib/http/client-address.ts)
// and checked by `npm start` before it serves (scripts/start.mjs), so both refuse the same entries.

/**
 * The addresses and CIDR ranges of TRUSTED_PROXIES as a matcher; a malformed entry is an error naming it.
 * @param {readonly string[]} entries
 * @returns {BlockList}
 */
export function trustedProxyList(entries) {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    const family = isIP(address);
    if (!family) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) list.addAddress(address, type);
    else {
      const bits = Number(prefix);
      if (!/^\d+$/.test(prefix) || bits > (family === 4 ? 32 : 128)) throw new Error(`TRUSTED_PROXIES: "${entry}" has a wrong prefix length`);
      list.addSubnet(address, bits, type);
    }
  }
  return list;
}

/**
 * The entries of a TRUSTED_PROXIES value (comma-separated, blanks ignored).
 * @param {string | undefined} value
 */
export function trustedProxyEntries(value) {
  return (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}
