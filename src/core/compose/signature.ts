import type { OwnerName } from '../policy/types.js';
import type { Register } from './types.js';

/**
 * Words a preset or a user leaves in `signature` to mean "me": never sent as such. The presets write
 * `Moi`; the others are what people type when they mean the same.
 */
const PLACEHOLDERS = new Set(['moi', 'me', 'myself', 'moi-meme', 'votre nom', 'your name', 'nom', 'name']);

const fold = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

export const isPlaceholderSignature = (signature: string): boolean => PLACEHOLDERS.has(fold(signature));

/**
 * The name a draft ends with. The policy's own signature wins unless it is a placeholder; then the
 * owner's name from Profile.csv signs: the first name when the draft says `tu`, the full name
 * otherwise. A placeholder with no known owner signs nothing rather than "Moi".
 */
export function signatureFor(signature: string, owner: OwnerName | undefined, register: Register): string {
  if (!isPlaceholderSignature(signature)) return signature;
  const first = owner?.firstName.trim() ?? '';
  const full = [first, owner?.lastName.trim() ?? ''].filter(Boolean).join(' ');
  return register === 'tu' ? first || full : full;
}
