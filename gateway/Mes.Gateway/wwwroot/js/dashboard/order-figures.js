// What an order's progress says, computed the same way for the table and the detail: work in process is
// the serials given out that have neither finished nor been scrapped; the rolled yield is the product of
// every operation's first-pass yield.
export function orderFigures(order) {
  const quantity = order.quantity ?? 0;
  const finished = order.finished ?? 0;
  const scrapped = order.scrapped ?? 0;
  const serials = order.serialCount ?? 0;
  const operations = order.operations ?? [];
  const completed = operations.filter((o) => (o.passed ?? 0) + (o.failed ?? 0) > 0);
  return {
    quantity,
    finished,
    scrapped,
    wip: Math.max(0, serials - finished - scrapped),
    progress: quantity > 0 ? Math.min(1, finished / quantity) : 0,
    rolledYield: completed.length ? completed.reduce((product, o) => product * Number(o.yield ?? 0), 1) : null,
  };
}
