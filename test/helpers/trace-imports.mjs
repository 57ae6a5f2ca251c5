// Loaded with `node --import`: records every module file the program loads into $TRACE_IMPORTS_FILE,
// so a test can assert that a command never pays for libraries it does not use.
import { register } from 'node:module';

register(new URL('./trace-hooks.mjs', import.meta.url));
