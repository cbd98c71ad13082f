import { z } from '../../../lib/zod';
import { LEVEL_IDS } from '../../../lib/levels';
import type { Occupation } from '../../../lib/occupation';
import {
  POSITION_KEY_PATTERN,
  levelStatements,
  positionKey,
  ratingFor,
  type Assessment,
  type EarlierRating,
  type PositionedRating,
  type Rating,
  type RatingValue,
} from './assessment';

/**
 * What a share link carries: enough to show the ratings beside the framework,
 * nothing about the learner. Ratings come by position with their texts
 * (`unplaced`), for the view to reconcile with the framework it has.
 */
export type SharedAssessment = Pick<
  Assessment,
  'soc' | 'title' | 'frameworkVersion' | 'updatedAt' | 'ratings' | 'earlier' | 'unplaced'
>;

export type DecodeResult = { ok: true; share: SharedAssessment } | { ok: false; message: string };

/** Bumped whenever the compact form changes, so that an old Ladder can say a link is newer rather than broken. */
export const SHARE_VERSION = 2;
const prefix = (version: number) => `v${version}.`;

export const DAMAGED_MESSAGE = 'This share link is damaged or incomplete.';
export const NEWER_MESSAGE =
  'This share link was made by a newer version of Ladder. Reload the page to get the latest version, then open the link again.';

/**
 * Limits on what a link may unpack to, far above a real assessment (a full
 * one with notes is under 10,000 characters): a few hundred bytes of deflate
 * can expand to megabytes, and a link is anyone's.
 */
const MAX_CODE_LENGTH = 200_000;
const MAX_UNPACKED_BYTES = 1_000_000;
/** Far above any level's statement count; keeps a handmade link from naming absurd positions. */
const MAX_POSITION = 9_999;

/** Digit per rating: its position in this list (0 = unrated). Changing it needs a new SHARE_VERSION. */
const DIGIT_RATINGS: readonly (Rating | undefined)[] = [undefined, 'not-yet', 'with-help', 'on-my-own'];

const date = z.string().refine((value) => !Number.isNaN(Date.parse(value)));
const levelPosition = z
  .int()
  .min(0)
  .max(LEVEL_IDS.length - 1);
const position = z.int().min(0).max(MAX_POSITION);
const digit = z
  .int()
  .min(1)
  .max(DIGIT_RATINGS.length - 1);

/** Format 1: per level a string of digits by position, and notes by "level:index". */
const compactV1Schema = z.object({
  s: z.string().min(1),
  t: z.string(),
  v: z.string(),
  u: date,
  r: z.array(z.string().regex(/^[0-3]*$/)).length(LEVEL_IDS.length),
  n: z.array(z.tuple([z.string().regex(POSITION_KEY_PATTERN), z.string()])),
});
type CompactV1 = z.infer<typeof compactV1Schema>;

/**
 * Format 2, with one-letter names because every character lengthens the link.
 * r: per rated statement [level position, index, rating digit, text, note?];
 * e: per earlier rating [level position, text or null, position or null, digit, version, note?].
 * The texts let a link made before a new framework version open correctly after it.
 */
const compactV2Schema = z.object({
  s: z.string().min(1),
  t: z.string(),
  v: z.string(),
  u: date,
  r: z.array(
    z.union([
      z.tuple([levelPosition, position, digit, z.string()]),
      z.tuple([levelPosition, position, digit, z.string(), z.string()]),
    ]),
  ),
  e: z
    .array(
      z.union([
        z.tuple([levelPosition, z.string().nullable(), position.nullable(), digit, z.string()]),
        z.tuple([levelPosition, z.string().nullable(), position.nullable(), digit, z.string(), z.string()]),
      ]),
    )
    .optional(),
});
type CompactV2 = z.infer<typeof compactV2Schema>;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** base64url without padding (RFC 4648 §5): safe anywhere in a URL as it is. */
export function toBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const group = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    text += ALPHABET.charAt((group >> 18) & 63) + ALPHABET.charAt((group >> 12) & 63);
    if (b !== undefined) text += ALPHABET.charAt((group >> 6) & 63);
    if (c !== undefined) text += ALPHABET.charAt(group & 63);
  }
  return text;
}

/** The bytes, or null if the text is not base64url without padding. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  // One character left over cannot hold a whole byte.
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let position = 0;
  for (const char of text) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) return null;
    buffer = ((buffer << 6) | value) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[position++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}

/** Runs bytes through a (de)compression stream; null when the output passes `limit`. */
async function transform(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  // A ReadableStream source rather than Blob.stream(), which jsdom's Blob lacks in component tests.
  const source = new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  const reader = source.pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const result = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    result.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return result;
}

function withNote(rating: Rating, note: string | undefined): RatingValue {
  // An empty note says nothing, and would only lengthen the link.
  return note ? { rating, note } : { rating };
}

function toCompact(assessment: Assessment, occupation: Occupation): CompactV2 {
  const r: CompactV2['r'] = [];
  LEVEL_IDS.forEach((level, levelAt) => {
    for (const statement of levelStatements(occupation, level)) {
      const entry = ratingFor(assessment, statement);
      if (!entry) continue;
      const item = [levelAt, statement.index, DIGIT_RATINGS.indexOf(entry.rating), statement.text] as const;
      r.push(entry.note ? [...item, entry.note] : [...item]);
    }
  });
  const e: NonNullable<CompactV2['e']> = (assessment.earlier ?? []).map((entry) => {
    const item = [
      LEVEL_IDS.indexOf(entry.level),
      entry.text,
      entry.position,
      DIGIT_RATINGS.indexOf(entry.rating),
      entry.version,
    ] as const;
    return entry.note ? [...item, entry.note] : [...item];
  });
  return {
    s: occupation.soc,
    t: occupation.title,
    v: occupation.framework.version,
    u: assessment.updatedAt,
    r,
    ...(e.length > 0 ? { e } : {}),
  };
}

/** Null when two ratings claim one statement, as in a link put together by hand. */
function fromCompactV2(compact: CompactV2): SharedAssessment | null {
  const ratings: Record<string, PositionedRating> = {};
  for (const [levelAt, index, ratingDigit, text, note] of compact.r) {
    const level = LEVEL_IDS[levelAt];
    const rating = DIGIT_RATINGS[ratingDigit];
    if (!level || !rating) return null;
    const key = positionKey(level, index);
    if (ratings[key]) return null;
    ratings[key] = { ...withNote(rating, note), text };
  }
  const earlier: EarlierRating[] = [];
  for (const [levelAt, text, at, ratingDigit, version, note] of compact.e ?? []) {
    const level = LEVEL_IDS[levelAt];
    const rating = DIGIT_RATINGS[ratingDigit];
    if (!level || !rating) return null;
    earlier.push({ level, text, position: at, ...withNote(rating, note), version });
  }
  return shared(compact, ratings, earlier);
}

/**
 * A format-1 link has only positions: they are kept as they are, for the
 * view to place when its framework is the version the link names.
 */
function fromCompactV1(compact: CompactV1): SharedAssessment | null {
  const ratings: Record<string, PositionedRating> = {};
  compact.r.forEach((digits, levelAt) => {
    const level = LEVEL_IDS[levelAt];
    if (level === undefined) return;
    [...digits].forEach((value, index) => {
      const rating = DIGIT_RATINGS[Number(value)];
      if (rating) ratings[positionKey(level, index)] = { rating };
    });
  });
  for (const [key, note] of compact.n) {
    const entry = ratings[key];
    if (!entry || entry.note !== undefined) return null;
    entry.note = note;
  }
  return shared(compact, ratings, []);
}

/** What either format decodes to: ratings by position, for the view to place against its framework. */
function shared(
  compact: Pick<CompactV1, 's' | 't' | 'v' | 'u'>,
  ratings: Record<string, PositionedRating>,
  earlier: EarlierRating[],
): SharedAssessment {
  return {
    soc: compact.s,
    title: compact.t,
    frameworkVersion: compact.v,
    updatedAt: compact.u,
    ratings: {},
    ...(Object.keys(ratings).length > 0 ? { unplaced: { version: compact.v, ratings } } : {}),
    ...(earlier.length > 0 ? { earlier } : {}),
  };
}

/**
 * The whole assessment as a URL-safe string: "v2." then the compact form as
 * JSON, deflated and in base64url. Every rated statement of the occupation's
 * current framework is carried with its text and the learner's note, and the
 * earlier ratings too; when the assessment was started is not.
 */
export async function encodeShare(assessment: Assessment, occupation: Occupation): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(toCompact(assessment, occupation)));
  const packed = await transform(json, new CompressionStream('deflate-raw'), Number.POSITIVE_INFINITY);
  // Unreachable with no limit; kept so that the types need no assertion.
  if (packed === null) throw new Error('Compression produced no output.');
  return prefix(SHARE_VERSION) + toBase64Url(packed);
}

function fromJson(version: number, data: unknown): SharedAssessment | null {
  if (version === 1) {
    const parsed = compactV1Schema.safeParse(data);
    return parsed.success ? fromCompactV1(parsed.data) : null;
  }
  const parsed = compactV2Schema.safeParse(data);
  return parsed.success ? fromCompactV2(parsed.data) : null;
}

/** Reads a share code back, of this format or format 1. Refuses anything malformed with a message; never throws. */
export async function decodeShare(code: string): Promise<DecodeResult> {
  const text = code.trim();
  const match = /^v(\d+)\./.exec(text);
  const version = match ? Number(match[1]) : null;
  if (version !== null && version > SHARE_VERSION) return { ok: false, message: NEWER_MESSAGE };
  if ((version !== 1 && version !== 2) || text.length > MAX_CODE_LENGTH) return { ok: false, message: DAMAGED_MESSAGE };
  const packed = fromBase64Url(text.slice(prefix(version).length));
  if (packed === null || packed.length === 0) return { ok: false, message: DAMAGED_MESSAGE };
  try {
    const json = await transform(packed, new DecompressionStream('deflate-raw'), MAX_UNPACKED_BYTES);
    if (json === null) return { ok: false, message: DAMAGED_MESSAGE };
    const share = fromJson(version, JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json)));
    return share ? { ok: true, share } : { ok: false, message: DAMAGED_MESSAGE };
  } catch {
    // Truncated deflate data, invalid UTF-8 or JSON: all a link cut short or mangled in transit.
    return { ok: false, message: DAMAGED_MESSAGE };
  }
}
