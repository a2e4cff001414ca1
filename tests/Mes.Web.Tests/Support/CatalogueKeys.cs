using System.Text.RegularExpressions;

namespace Mes.Web.Tests.Support;

/// <summary>A catalogue key shown as text means a translation is missing (the page shows the key then).</summary>
public static partial class CatalogueKeys
{
    [GeneratedRegex(@"\b(app|common|nav|signin|live|line|e10|oee|shift|orders|order-status|bonded|bonded-status|kind|trace|terminal|defect|downtime|unit|reason)\.[a-z][a-zA-Z0-9-]*\b")]
    public static partial Regex Pattern { get; }
}
