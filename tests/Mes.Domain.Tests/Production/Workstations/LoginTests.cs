using Mes.Domain.Production.Decisions;
using Mes.Domain.Production.Workstations;

namespace Mes.Domain.Tests.Production.Workstations;

public sealed class LoginTests
{
    [Fact]
    public void An_operator_certified_for_the_workstations_operations_is_logged_in()
    {
        var test = WorkstationSetup.New("smt-01-test").Do(new LogIn("B1002"));

        Assert.Equal(("B1002", "Aynur Tursun"), (test.Session!.Badge, test.Session.Name));
    }

    [Fact]
    public void An_operator_whose_certification_for_the_workstation_expired_is_refused_with_the_reason()
    {
        var decision = WorkstationSetup.New("smt-01-test").Decide(new LogIn("B1003"), SamplePlant.MasterData, SamplePlant.Now);

        var refusal = decision.RefusedWith!;
        Assert.Equal((RefusalReason.CertificationExpired, "badge"), (refusal.Reason, refusal.Field));
        Assert.Contains("FCT", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_operator_without_the_certification_is_refused()
    {
        var decision = WorkstationSetup.New("smt-01-aoi").Decide(new LogIn("B1001"), SamplePlant.MasterData, SamplePlant.Now);

        Assert.Equal(RefusalReason.CertificationMissing, decision.RefusedWith?.Reason);
    }

    [Fact]
    public void The_same_certification_is_accepted_the_day_before_it_expires()
    {
        // B1003's FCT certification is valid until 2026-03-31 23:59:59 +08:00.
        var dayBefore = new DateTimeOffset(2026, 3, 30, 8, 0, 0, TimeSpan.FromHours(8));

        var decision = WorkstationSetup.New("smt-01-test").Decide(new LogIn("B1003"), SamplePlant.MasterData, dayBefore);

        Assert.IsType<Decision<WorkstationEvent>.Accepted>(decision);
    }

    [Fact]
    public void An_unknown_badge_is_refused()
    {
        var decision = WorkstationSetup.New("smt-01-pack").Decide(new LogIn("B9999"), SamplePlant.MasterData, SamplePlant.Now);

        Assert.Equal(RefusalReason.UnknownBadge, decision.RefusedWith?.Reason);
    }

    [Fact]
    public void A_second_operator_cannot_log_in_over_the_first()
    {
        var pack = WorkstationSetup.New("smt-01-pack").Do(new LogIn("B1003"));

        Assert.Equal(RefusalReason.AnotherOperatorLoggedIn, pack.Decide(new LogIn("B1004"), SamplePlant.MasterData, SamplePlant.Now).RefusedWith?.Reason);
    }
}
