using Mes.Bench.Load.Calls;

namespace Mes.Bench.Load.Terminals;

/// <summary>
/// How the terminals of a run call and what they record: scans go to <see cref="Scans"/>, acknowledged completions to
/// <see cref="Completions"/>; <see cref="Pace"/> is an operator's pause after each unit; <see cref="Stop"/> ends the run
/// (a unit being scanned is finished first, so that every scan that started is answered).
/// </summary>
public sealed record TerminalRun(RetryingCaller Caller, CallLog Scans, Completions Completions, TimeSpan Pace, CancellationToken Stop);
