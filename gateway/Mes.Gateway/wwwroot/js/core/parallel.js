// Runs tasks with at most `limit` in flight, keeping their order: a chart's dozen report calls go out
// a few at a time instead of all at once against a shared gateway.
export async function inParallel(tasks, limit = 4) {
  const results = new Array(tasks.length);
  let next = 0;
  async function worker() {
    while (next < tasks.length) {
      const index = next++;
      try {
        results[index] = { value: await tasks[index]() };
      } catch (error) {
        results[index] = { error };
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
