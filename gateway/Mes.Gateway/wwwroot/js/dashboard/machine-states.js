// The SEMI E10 states a machine can be in, in the order a summary lists them, with the class that
// colours them (productive green, standby amber, unscheduled down red, …).
export const e10States = [
  ['Productive', 'productive'],
  ['Standby', 'standby'],
  ['UnscheduledDown', 'down'],
  ['ScheduledDown', 'scheduled'],
  ['Engineering', 'engineering'],
  ['NonScheduled', 'off'],
];

export function stateClass(e10) {
  return (e10States.find(([name]) => name === e10) ?? ['', 'off'])[1];
}
