import { z } from '../../../lib/zod';
import { LEVEL_IDS } from '../../../lib/levels';
import type { Occupation } from '../../../lib/occupation';
import { statementKey, type Assessment, type Rating, type StatementRating } from './assessment';

/** What a share link carries: enough to show the ratings beside the framework, nothing about the learner. */
export interface SharedAssessment {
  soc: string;
  title: string;
  frameworkVersion: string;
  updatedAt: string;
  ratings: Record<string, StatementRating>;
}

export type DecodeResult = { ok: true; share: SharedAssessment } | { ok: false; message: string };

/** Bumped whenever the compact form changes, so that an old Ladder can say a link is newer rather than broken. */
export const SHARE_VERSION = 1;
const PREFIX = `v${SHARE_VERSION}.`;

export const DAMAGED_MESSAGE = 'This share link is damaged or incomplete.';
export const NEWER_MESSAGE =
  'This share link was made by a newer version of Ladder. Reload the page to get the latest version, then open the link again.';

/**
 * Limits on what a link may unpack to, far above a real assessment: a few
 * hundred bytes of deflate can expand to megabytes, and a link is anyone's.
 */
const MAX_CODE_LENGTH = 200_000;
const MAX_UNPACKED_BYTES = 1_000_000;

/** Digit per statement: its position in this list (0 = unrated). Changing it needs a new SHARE_VERSION. */
const DIGIT_RATINGS: readonly (Rating | undefined)[] = [undefined, 'not-yet', 'with-help', 'on-my-own'];

const STATEMENT_KEY = new RegExp(`^(${LEVEL_IDS.join('|')}):(0|[1-9][0-9]*)$`);

/** The compact form, with one-letter names because every character lengthens the link. */
const compactSchema = z.object({
  s: z.string().min(1),
  t: z.string(),
  v: z.string(),
  u: z.string().refine((value) => !Number.isNaN(Date.parse(value))),
  r: z.array(z.string().regex(/^[0-3]*$/)).length(LEVEL_IDS.length),
  n: z.array(z.tuple([z.string().regex(STATEMENT_KEY), z.string()])),
});
type Compact = z.infer<typeof compactSchema>;

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

function toCompact(assessment: Assessment, occupation: Occupation): Compact {
  const notes: [string, string][] = [];
  const r = LEVEL_IDS.map((level) => {
    const statements = occupation.levels.find((entry) => entry.id === level)?.statements ?? [];
    const digits = statements.map((_, index) => {
      const key = statementKey(level, index);
      const entry = assessment.ratings[key];
      if (entry?.note) notes.push([key, entry.note]);
      return entry ? DIGIT_RATINGS.indexOf(entry.rating) : 0;
    });
    // Unrated statements at the end say nothing the decoder cannot infer.
    return digits.join('').replace(/0+$/, '');
  });
  return {
    s: occupation.soc,
    t: occupation.title,
    v: assessment.frameworkVersion,
    u: assessment.updatedAt,
    r,
    n: notes,
  };
}

/** Null when the notes do not fit the ratings, as in a link put together by hand. */
function fromCompact(compact: Compact): SharedAssessment | null {
  const ratings: Record<string, StatementRating> = {};
  compact.r.forEach((digits, position) => {
    const level = LEVEL_IDS[position];
    if (level === undefined) return;
    [...digits].forEach((digit, index) => {
      const rating = DIGIT_RATINGS[Number(digit)];
      if (rating) ratings[statementKey(level, index)] = { rating };
    });
  });
  for (const [key, note] of compact.n) {
    const entry = ratings[key];
    if (!entry || entry.note !== undefined) return null;
    entry.note = note;
  }
  return { soc: compact.s, title: compact.t, frameworkVersion: compact.v, updatedAt: compact.u, ratings };
}

/**
 * The whole assessment as a URL-safe string: "v1." then the compact form as
 * JSON, deflated and in base64url. Only the occupation's current statements
 * are carried, with the learner's notes; when the assessment was started is not.
 */
export async function encodeShare(assessment: Assessment, occupation: Occupation): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(toCompact(assessment, occupation)));
  const packed = await transform(json, new CompressionStream('deflate-raw'), Number.POSITIVE_INFINITY);
  // Unreachable with no limit; kept so that the types need no assertion.
  if (packed === null) throw new Error('Compression produced no output.');
  return PREFIX + toBase64Url(packed);
}

/** Reads a share code back. Refuses anything malformed with a message for the learner; never throws. */
export async function decodeShare(code: string): Promise<DecodeResult> {
  const text = code.trim();
  const version = /^v(\d+)\./.exec(text);
  if (version && Number(version[1]) > SHARE_VERSION) return { ok: false, message: NEWER_MESSAGE };
  if (!text.startsWith(PREFIX) || text.length > MAX_CODE_LENGTH) return { ok: false, message: DAMAGED_MESSAGE };
  const packed = fromBase64Url(text.slice(PREFIX.length));
  if (packed === null || packed.length === 0) return { ok: false, message: DAMAGED_MESSAGE };
  try {
    const json = await transform(packed, new DecompressionStream('deflate-raw'), MAX_UNPACKED_BYTES);
    if (json === null) return { ok: false, message: DAMAGED_MESSAGE };
    const parsed = compactSchema.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json)));
    const share = parsed.success ? fromCompact(parsed.data) : null;
    return share ? { ok: true, share } : { ok: false, message: DAMAGED_MESSAGE };
  } catch {
    // Truncated deflate data, invalid UTF-8 or JSON: all a link cut short or mangled in transit.
    return { ok: false, message: DAMAGED_MESSAGE };
  }
}
