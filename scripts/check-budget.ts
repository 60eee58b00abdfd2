/**
 * `npm run budget`: fails when the built app's first visit fetches more than its budget. Sizes,
 * not times: they do not depend on how busy the machine is. Counted in Chromium (every file the
 * page and the app request until the network is idle), so chunks the app imports on its own at
 * start-up count too. Run after `vite build`.
 */
import { FIRST_LOAD_BUDGETS as BUDGETS, measureFirstLoad, printFirstLoad } from './first-load';

const load = await measureFirstLoad();
printFirstLoad(load);
const misses = (['js', 'total'] as const).filter((k) => load[k] > BUDGETS[k]);
if (misses.length > 0) {
  console.error(`over budget: ${misses.join(', ')}`);
  process.exit(1);
}
