using CsCheck;
using Mes.PlcSimulator.Events;

namespace Mes.PlcSimulator.Tests;

public sealed class DeterminismTests
{
    [Fact]
    public void The_same_seed_gives_the_same_event_sequence()
    {
        var first = SimulatedLine.Start(seed: 42);
        var second = SimulatedLine.Start(seed: 42);

        first.Run(TimeSpan.FromHours(4));
        second.Run(TimeSpan.FromHours(4));

        Assert.True(first.Events.Count > 1000);
        Assert.Equal(first.Events, second.Events);
    }

    [Fact]
    public void A_different_seed_gives_a_different_event_sequence()
    {
        var first = SimulatedLine.Start(seed: 42);
        var second = SimulatedLine.Start(seed: 43);

        first.Run(TimeSpan.FromHours(1));
        second.Run(TimeSpan.FromHours(1));

        Assert.NotEqual(first.Events, second.Events);
    }

    [Fact]
    public void However_the_host_steps_the_clock_the_events_are_the_same()
    {
        var coarse = SimulatedLine.Start(seed: 9);
        var fine = SimulatedLine.Start(seed: 9);

        coarse.Run(TimeSpan.FromHours(2));
        while (fine.Simulation.Elapsed < TimeSpan.FromHours(2))
        {
            fine.Run(TimeSpan.FromMilliseconds(37));
        }

        fine.Simulation.AdvanceTo(TimeSpan.FromHours(2));
        Assert.Equal(coarse.Events, fine.Events);
    }

    [Fact]
    public void A_line_behaves_the_same_however_many_copies_run_beside_it()
    {
        var alone = SimulatedLine.Start(seed: 5);
        var withOthers = SimulatedLine.Start(seed: 5, lines: 4);

        alone.Run(TimeSpan.FromHours(2));
        withOthers.Run(TimeSpan.FromHours(2));

        Assert.Equal(alone.Events, withOthers.Events.Where(e => e.Machine.StartsWith("smt-01-", StringComparison.Ordinal)));
        Assert.Contains(withOthers.Events, e => e.Machine.StartsWith("smt-04-", StringComparison.Ordinal));
    }

    [Fact]
    public void Any_seed_replays_identically()
    {
        Gen.Long.Sample(seed =>
        {
            var first = SimulatedLine.Start(seed);
            var second = SimulatedLine.Start(seed);
            first.Run(TimeSpan.FromMinutes(45));
            second.Run(TimeSpan.FromMinutes(45));
            Assert.Equal(first.Events, second.Events);
        }, iter: 15);
    }

    [Fact]
    public void The_event_log_written_as_json_lines_reads_back_as_the_same_events()
    {
        var line = SimulatedLine.Start(seed: 2);
        line.Run(TimeSpan.FromHours(1));
        using var buffer = new MemoryStream();
        using (var writer = new JsonLinesEventWriter(new NonClosingStream(buffer)))
        {
            foreach (var e in line.Events)
            {
                writer.Record(e);
            }
        }

        var lines = System.Text.Encoding.UTF8.GetString(buffer.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var read = lines.Select(l => System.Text.Json.JsonSerializer.Deserialize<SimulationEvent>(l, JsonLinesEventWriter.Options)!).ToList();

        Assert.Equal(line.Events, read);
        Assert.All(lines, l => Assert.StartsWith("{\"type\":", l, StringComparison.Ordinal));
    }

    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => inner.Position = value; }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
