/**
 * A published data package fetched over http(s), in memory: its
 * datapackage.json, then each table's CSV at the path the descriptor
 * gives (relative paths only: a package never sends the reader to another
 * host). One time-out for the whole source, a size cap per file and in all,
 * redirects followed up to a few (a loop ends there). Every failure is a
 * result, never a throw. The only stage that opens a socket.
 */
import { problem, type SourceProblem } from '../diagnostics/sourceProblem.js';

export interface FetchLimits {
  /** For the whole source, in milliseconds. */
  timeoutMs: number;
  maxFileBytes: number;
  maxTotalBytes: number;
}

export const MAX_REDIRECTS = 5;

/** Downloads the package: its files by name (datapackage.json and the CSVs), to be read like a local package once the cache holds them. */
export async function fetchPackage(
  address: string,
  limits: FetchLimits,
): Promise<{ ok: true; files: Map<string, Uint8Array> } | { ok: false; problem: SourceProblem }> {
  let base: URL;
  try {
    base = new URL(address.endsWith('/') ? `${address}datapackage.json` : address);
  } catch {
    return { ok: false, problem: problem('http/address', { url: address.slice(0, 200) }) };
  }
  const deadline = AbortSignal.timeout(limits.timeoutMs);
  let total = 0;
  const get = async (url: URL): Promise<{ ok: true; bytes: Buffer } | { ok: false; problem: SourceProblem }> => {
    const got = await download(
      url,
      deadline,
      Math.min(limits.maxFileBytes, limits.maxTotalBytes - total),
      limits.timeoutMs,
    );
    if (got.ok) total += got.bytes.length;
    return got;
  };
  const descriptor = await get(base);
  if (!descriptor.ok) return descriptor;
  let resources: { path?: unknown }[] = [];
  try {
    const parsed = JSON.parse(descriptor.bytes.toString('utf8')) as { resources?: { path?: unknown }[] };
    resources = Array.isArray(parsed.resources) ? parsed.resources : [];
  } catch {
    // The package reader says what is wrong with the descriptor.
  }
  const files = new Map<string, Uint8Array>([['datapackage.json', descriptor.bytes]]);
  for (const resource of resources) {
    // The only paths a package of ours has: `<table>.csv` beside the descriptor.
    if (typeof resource?.path !== 'string' || !/^[a-z_]{1,40}\.csv$/.test(resource.path)) continue;
    const got = await get(new URL(resource.path, base));
    if (!got.ok) return got;
    files.set(resource.path, got.bytes);
  }
  return { ok: true, files };
}

async function download(
  url: URL,
  deadline: AbortSignal,
  maxBytes: number,
  timeoutMs: number,
): Promise<{ ok: true; bytes: Buffer } | { ok: false; problem: SourceProblem }> {
  let current = url;
  for (let hop = 0; ; hop += 1) {
    if (current.protocol !== 'http:' && current.protocol !== 'https:')
      return { ok: false, problem: problem('http/address', { url: current.href.slice(0, 200) }) };
    let response: Response;
    try {
      response = await fetch(current, {
        redirect: 'manual',
        signal: deadline,
        headers: { accept: 'application/json, text/csv, */*' },
      });
    } catch (error) {
      return {
        ok: false,
        problem: deadline.aborted
          ? problem('http/timeout', { url: current.href.slice(0, 200), seconds: timeoutMs / 1000 })
          : problem('http/network', { url: current.href.slice(0, 200), detail: causeOf(error) }),
      };
    }
    if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
      await response.body?.cancel();
      if (hop >= MAX_REDIRECTS)
        return { ok: false, problem: problem('http/redirects', { url: url.href.slice(0, 200), max: MAX_REDIRECTS }) };
      current = new URL(response.headers.get('location')!, current);
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      return {
        ok: false,
        problem: problem('http/status', { url: current.href.slice(0, 200), status: response.status }),
      };
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel();
      return { ok: false, problem: problem('http/too-large', { url: current.href.slice(0, 200), max: maxBytes }) };
    }
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of response.body ?? []) {
        size += (chunk as Uint8Array).length;
        if (size > maxBytes) {
          await response.body?.cancel().catch(() => undefined);
          return { ok: false, problem: problem('http/too-large', { url: current.href.slice(0, 200), max: maxBytes }) };
        }
        chunks.push(Buffer.from(chunk as Uint8Array));
      }
    } catch (error) {
      return {
        ok: false,
        problem: deadline.aborted
          ? problem('http/timeout', { url: current.href.slice(0, 200), seconds: timeoutMs / 1000 })
          : problem('http/network', { url: current.href.slice(0, 200), detail: causeOf(error) }),
      };
    }
    return { ok: true, bytes: Buffer.concat(chunks) };
  }
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return String(cause?.code ?? cause?.message ?? (error as Error).message ?? error).slice(0, 120);
}
