import { isIP } from 'node:net';

/** IPv4 address as a 32-bit number, for CIDR entries. */
function ipv4Number(address: string): number {
  return address.split('.').reduce((sum, part) => sum * 256 + Number(part), 0);
}

function inCidr(hostname: string, entry: string): boolean {
  const [network, bitsText] = entry.split('/');
  const bits = Number(bitsText);
  if (!network || isIP(network) !== 4 || isIP(hostname) !== 4 || !Number.isInteger(bits) || bits < 0 || bits > 32) return false;
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return ((ipv4Number(network) & mask) >>> 0) === ((ipv4Number(hostname) & mask) >>> 0);
}

/** `host`, `host:port`, `[v6]:port`, `v6` → name and optional port. */
function splitEntry(entry: string): { name: string; port?: string } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  if (bracketed) return { name: bracketed[1] as string, ...(bracketed[2] ? { port: bracketed[2] } : {}) };
  if (isIP(entry) === 6) return { name: entry };
  const withPort = /^(.*):(\d+)$/.exec(entry);
  return withPort ? { name: withPort[1] as string, port: withPort[2] as string } : { name: entry };
}

/**
 * curl's NO_PROXY rules: a comma list; `*` alone matches every host; each name matches itself and
 * its subdomains (a leading `.` or `*.` is ignored); IPv4 CIDR blocks; IPv6 without brackets.
 * Beyond curl, `host:port` limits an entry to that port (as Node, Go and Python read it).
 * Like curl, loopback is not special: localhost goes through the proxy unless it is listed.
 */
export function bypassesProxy(noProxy: string | undefined, hostname: string, port: string): boolean {
  if (!noProxy) return false;
  const host = hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
  for (const raw of noProxy.split(',')) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === '*') return true;
    if (entry.includes('/')) {
      if (inCidr(host, entry)) return true;
      continue;
    }
    const { name: rawName, port: entryPort } = splitEntry(entry);
    if (entryPort && entryPort !== port) continue;
    const name = rawName.replace(/^\*?\./, '').replace(/\.$/, '');
    if (host === name || (isIP(host) === 0 && host.endsWith(`.${name}`))) return true;
  }
  return false;
}
