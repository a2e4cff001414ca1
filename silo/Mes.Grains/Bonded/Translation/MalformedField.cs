namespace Mes.Grains.Bonded.Translation;

/// <summary>A request value that does not have the form its field needs; becomes an INVALID_ARGUMENT refusal naming the field.</summary>
internal sealed class MalformedField(string name, string message) : Exception(message)
{
    /// <summary>The field, camelCase as in the contract (e.g. <c>documents[0].number</c>).</summary>
    public string Field { get; } = name;
}
