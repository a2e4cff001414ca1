using System.Reflection;
using CsCheck;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Quantities;

namespace Mes.Domain.Tests.Bonded.Properties;

public sealed class HashChainPropertyTests
{
    // Every history starts with a receipt of a kit, so every journal has entries to tamper with.
    private static readonly Gen<(Step[] Steps, int Entry, int Alteration)> Tampered = Gen.Select(
        History.Steps.Select(steps => (Step[])[new Step(StepOperation.ReceiveKit, 0, 10, 0, 0), .. steps]),
        Gen.Int[0, int.MaxValue],
        Gen.Int[0, Tampering.Alterations.Count - 1]);

    [Fact]
    public void Altering_any_field_of_any_entry_is_caught_at_exactly_that_entry()
    {
        Tampered.Sample(sample =>
        {
            var journal = History.Run(sample.Steps).Book.Journal;
            var target = sample.Entry % journal.Count;
            var (field, alter) = Tampering.Alterations[sample.Alteration];
            var tampered = journal.Select((e, i) => i == target ? alter(e) : e).ToList();
            Assert.NotEqual(journal[target], tampered[target]);

            var broken = JournalVerification.Verify(journal[0].Book, tampered).FirstBroken;

            Assert.True(broken is not null, $"Altering {field} of entry {target + 1} went unnoticed.");
            Assert.Equal(target + 1, broken.Position);
        }, iter: 300);
    }

    [Fact]
    public void The_tampering_cases_cover_every_settable_field_of_an_entry_and_its_movement()
    {
        var covered = Tampering.Alterations.Select(a => a.Field).ToHashSet();
        // Whole records whose own fields are altered one by one.
        string[] coveredFieldByField = ["JournalEntry.Movement", "Movement.Quantities"];
        Type[] types = [typeof(JournalEntry), typeof(Movement), typeof(EntryQuantities), typeof(ConsumptionBasis)];

        var fields = types
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is not null)
                .Select(p => $"{t.Name}.{p.Name}"))
            .Except(coveredFieldByField)
            .ToHashSet();

        Assert.Subset(covered, fields);
    }
}
