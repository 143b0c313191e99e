// Preloaded with `node --import` when /usr/bin/time is missing: records the process's
// peak RSS (KiB) in the file named by BENCH_MAXRSS_FILE when it exits.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_MAXRSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
