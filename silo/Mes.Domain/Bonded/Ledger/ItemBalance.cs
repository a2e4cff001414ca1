namespace Mes.Domain.Bonded.Ledger;

/// <summary>The quantities of one item and status in declared units, bucket by bucket.</summary>
public sealed record ItemBalance(
    decimal Stock, decimal AtSubcontractor, decimal Defective, decimal Suspense, decimal Scrap, decimal ScrapAllowance)
{
    /// <summary>Nothing anywhere.</summary>
    public static readonly ItemBalance Zero = new(0m, 0m, 0m, 0m, 0m, 0m);

    /// <summary>The book balance (帐面结余): on site, at subcontractors and defective.</summary>
    public decimal Book => Stock + AtSubcontractor + Defective;

    /// <summary>The quantity in one bucket.</summary>
    public decimal In(Bucket bucket) => bucket switch
    {
        Bucket.Stock => Stock,
        Bucket.AtSubcontractor => AtSubcontractor,
        Bucket.Defective => Defective,
        Bucket.Suspense => Suspense,
        Bucket.Scrap => Scrap,
        _ => ScrapAllowance,
    };

    internal ItemBalance Add(Bucket bucket, decimal delta) => bucket switch
    {
        Bucket.Stock => this with { Stock = Stock + delta },
        Bucket.AtSubcontractor => this with { AtSubcontractor = AtSubcontractor + delta },
        Bucket.Defective => this with { Defective = Defective + delta },
        Bucket.Suspense => this with { Suspense = Suspense + delta },
        Bucket.Scrap => this with { Scrap = Scrap + delta },
        _ => this with { ScrapAllowance = ScrapAllowance + delta },
    };
}
