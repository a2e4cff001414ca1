namespace Mes.OpcUa.Encoding;

/// <summary>
/// Vendor diagnostics attached to a result (Part 4 §7.12). The indexes point into the string table of the
/// response header. Inner infos nest; decoding caps the depth.
/// </summary>
public sealed record DiagnosticInfo
{
    /// <summary>Index of the symbolic id in the string table.</summary>
    public int? SymbolicId { get; init; }

    /// <summary>Index of the namespace URI in the string table.</summary>
    public int? NamespaceUri { get; init; }

    /// <summary>Index of the localized text in the string table.</summary>
    public int? LocalizedText { get; init; }

    /// <summary>Index of the locale in the string table.</summary>
    public int? Locale { get; init; }

    /// <summary>Free-form vendor text.</summary>
    public string? AdditionalInfo { get; init; }

    /// <summary>The status code of an inner operation.</summary>
    public StatusCode? InnerStatusCode { get; init; }

    /// <summary>Diagnostics of an inner operation.</summary>
    public DiagnosticInfo? InnerDiagnosticInfo { get; init; }
}
