using Mes.Domain.Bonded.Journal;

namespace Mes.Domain.Tests.Bonded.Support;

internal static class Actors
{
    public static readonly Actor Erp = new("svc:erp", ActorRole.Integration);
    public static readonly Actor Mes = new("svc:mes", ActorRole.System);
    public static readonly Actor Manager = new("mgr.li", ActorRole.Manager);
    public static readonly Actor Supervisor = new("sup.wang", ActorRole.Supervisor);
    public static readonly Actor Operator = new("op.ayse", ActorRole.Operator);
    public static readonly Actor Customs = new("customs.zhao", ActorRole.Customs);
}
