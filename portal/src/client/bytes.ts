// Byte helpers shared by the gatekeeper protocol and receipt verification.
import { AccountId, getSs58AddressInfo } from '@polkadot-api/substrate-bindings';
import { fromHex, toHex } from '@polkadot-api/utils';

export { fromHex, toHex };

const accountCodec = AccountId(42);
const encoder = new TextEncoder();

export const utf8 = (text: string): Uint8Array => encoder.encode(text);

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export function u64le(value: bigint | number): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt(value), true);
  return out;
}

export function u32le(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value, true);
  return out;
}

/** Whether `address` is a well-formed SS58 account address (checksum included). */
export function isAccount(address: string): boolean {
  try {
    const info = getSs58AddressInfo(address.trim());
    return info.isValid && info.publicKey.length === 32;
  } catch {
    return false;
  }
}

/** The 32 bytes of an SS58 account; throws on a malformed address. */
export function accountBytes(address: string): Uint8Array {
  if (!isAccount(address)) throw new Error(`"${address}" is not an account address`);
  return accountCodec.enc(address.trim());
}

/** An account's address in the chain's format (generic SS58, prefix 42). */
export const accountAddress = (publicKey: Uint8Array): string => accountCodec.dec(publicKey);

/** The same account, whatever SS58 prefix each address uses. */
export function sameAccount(a: string, b: string): boolean {
  try {
    return toHex(accountBytes(a)) === toHex(accountBytes(b));
  } catch {
    return false;
  }
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** SCALE compact encoding of a length. */
export function compact(n: number): Uint8Array {
  if (n < 1 << 6) return new Uint8Array([n << 2]);
  if (n < 1 << 14) return new Uint8Array([((n << 2) | 1) & 0xff, n >> 6]);
  if (n < 1 << 30) {
    const v = (n << 2) | 2;
    return new Uint8Array([v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff]);
  }
  throw new Error('length too large');
}

/** A field set (u64 bit set) from field codes, and back. */
export const fieldSet = (codes: Iterable<number>): bigint =>
  [...codes].reduce((set, code) => set | (1n << BigInt(code)), 0n);

export function fieldCodes(set: bigint): number[] {
  const codes: number[] = [];
  for (let code = 0; code < 64; code++) if ((set >> BigInt(code)) & 1n) codes.push(code);
  return codes;
}
