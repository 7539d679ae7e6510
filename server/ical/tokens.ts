import { hash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: the secret in the feed's address. Only its hash is stored. */
export const newFeedToken = (): string => randomBytes(32).toString('base64url');

export const feedHashOf = (token: string): string => hash('sha256', token, 'base64url');

/** The shape of a token this server makes; anything else is answered 404 before the database is asked. */
export const FEED_FILE = /^([A-Za-z0-9_-]{43})\.ics$/;
