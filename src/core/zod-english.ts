/**
 * zod's English messages for zod/mini, which loads none (the classic API loads them itself):
 * the journal quotes them as details, and load.ts words a rare issue with one. Imported for
 * its effect by every module that builds a schema; setting them twice is harmless.
 */
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());
