using Mes.Domain.Bonded.Identifiers;

namespace Mes.Domain.Bonded.MasterData;

/// <summary>An enterprise as the customs messages name it: credit code, customs code and name.</summary>
public sealed record Enterprise(string Name, SocialCreditCode CreditCode, CustomsEnterpriseCode CustomsCode);
