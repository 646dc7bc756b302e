import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Tokens at rest: AES-256-GCM from node:crypto under the 256-bit key in SLACK_TOKEN_KEY
 * (64 hex characters). Each value gets a fresh 96-bit nonce; the row's key is bound in as
 * associated data, so a sealed value copied onto another workspace's row does not open.
 * Stored as `v1.<nonce>.<tag>.<ciphertext>`, each part base64url.
 */
export interface Sealer {
  seal(plaintext: string, boundTo: string): string;
  /** Throws SealError when the value was sealed under another key, bound to another row, or altered. */
  open(sealed: string, boundTo: string): string;
  /** A short fingerprint of the key (not the key): which key sealed what, for logs. */
  readonly keyId: string;
}

export class SealError extends Error {
  override readonly name = 'SealError';
}

const VERSION = 'v1';

export function createSealer(keyHex: string): Sealer {
  if (!/^[0-9a-fA-F]{64}$/.test(keyHex)) throw new SealError('the token key must be 64 hex characters (256 bits)');
  const key = Buffer.from(keyHex, 'hex');
  return {
    keyId: createHash('sha256').update(key).digest('hex').slice(0, 8),
    seal(plaintext, boundTo) {
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      cipher.setAAD(Buffer.from(boundTo, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [VERSION, nonce, cipher.getAuthTag(), body]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
        .join('.');
    },
    open(sealed, boundTo) {
      const [version, nonce, tag, body] = sealed.split('.');
      if (version !== VERSION || !nonce || !tag || body === undefined) throw new SealError('not a sealed value');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonce, 'base64url'));
        decipher.setAAD(Buffer.from(boundTo, 'utf8'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        throw new SealError(
          'a stored token does not open with SLACK_TOKEN_KEY: it was sealed under another key, or altered',
        );
      }
    },
  };
}

/** What the state table keeps of an OAuth state: its hash, so the table holds nothing a browser could present. */
export function stateHash(state: string): string {
  return createHash('sha256').update(state, 'utf8').digest('hex');
}
