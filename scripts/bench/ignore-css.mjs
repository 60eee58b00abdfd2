// Node loader hook for the benchmarks: components import their CSS (Vite bundles it); in Node
// a stylesheet is an empty module.
export async function load(url, context, next) {
  if (url.endsWith('.css')) return { format: 'module', source: '', shortCircuit: true };
  return next(url, context);
}
