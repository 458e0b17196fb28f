/**
 * Name-based UUIDs (RFC 9562, version 5: SHA-1 of a namespace and a name), so that exporting the
 * same framework twice gives the same identifiers. Pure TypeScript: the language server may run
 * in a browser one day.
 */

/** The namespace of every identifier Tutorat derives (a fixed, random UUID). */
export const TUTORAT_NAMESPACE = 'b3a4c2d0-6f1e-4e8a-9c57-2d7f0e5b9a14';

export function uuidV5(name: string, namespace: string = TUTORAT_NAMESPACE): string {
    const bytes = new Uint8Array([...hexBytes(namespace), ...new TextEncoder().encode(name)]);
    const hash = sha1(bytes).subarray(0, 16);
    hash[6] = (hash[6] & 0x0f) | 0x50;
    hash[8] = (hash[8] & 0x3f) | 0x80;
    const hex = [...hash].map((byte) => byte.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function hexBytes(uuid: string): number[] {
    return uuid.replace(/-/g, '').match(/../g)!.map((pair) => parseInt(pair, 16));
}

/** SHA-1 (FIPS 180-4) of a byte string. */
export function sha1(message: Uint8Array): Uint8Array {
    const length = message.length;
    const padded = new Uint8Array(((length + 9 + 63) >> 6) << 6);
    padded.set(message);
    padded[length] = 0x80;
    const view = new DataView(padded.buffer);
    view.setUint32(padded.length - 8, Math.floor(length / 0x20000000));
    view.setUint32(padded.length - 4, (length << 3) >>> 0);
    const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
    const w = new Uint32Array(80);
    for (let block = 0; block < padded.length; block += 64) {
        for (let t = 0; t < 16; t++) {
            w[t] = view.getUint32(block + t * 4);
        }
        for (let t = 16; t < 80; t++) {
            w[t] = rotate(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
        }
        let [a, b, c, d, e] = h;
        for (let t = 0; t < 80; t++) {
            const [f, k] = t < 20 ? [(b & c) | (~b & d), 0x5a827999]
                : t < 40 ? [b ^ c ^ d, 0x6ed9eba1]
                    : t < 60 ? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc]
                        : [b ^ c ^ d, 0xca62c1d6];
            const temp = (rotate(a, 5) + f + e + k + w[t]) >>> 0;
            e = d;
            d = c;
            c = rotate(b, 30);
            b = a;
            a = temp;
        }
        h[0] = (h[0] + a) >>> 0;
        h[1] = (h[1] + b) >>> 0;
        h[2] = (h[2] + c) >>> 0;
        h[3] = (h[3] + d) >>> 0;
        h[4] = (h[4] + e) >>> 0;
    }
    const digest = new Uint8Array(20);
    const out = new DataView(digest.buffer);
    h.forEach((word, index) => out.setUint32(index * 4, word));
    return digest;
}

function rotate(value: number, bits: number): number {
    return ((value << bits) | (value >>> (32 - bits))) >>> 0;
}
