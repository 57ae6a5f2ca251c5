/**
 * Runs the built CLI in this process and, when it exits, writes its peak resident set size
 * (KiB, from process.resourceUsage) to $CLIENTFIT_RSS_FILE: a portable /usr/bin/time -v.
 * A native crash (out of memory, a signal) writes nothing, and the test sees the exit status.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.CLIENTFIT_RSS_FILE;
process.on('exit', () => {
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
await import(new URL('../../bin/clientfit.js', import.meta.url).href);
