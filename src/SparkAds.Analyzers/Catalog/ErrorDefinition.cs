namespace SparkAds.Analyzers.Catalog;

/// <summary>
/// One generated enum member: everything the emitter needs and nothing else (no locations),
/// so moving a row's line does not re-emit code.
/// </summary>
internal sealed record ErrorDefinition(string Key, string MemberName, int? Code, string Message, string Remedy, CatalogErrorKind Kind)
{
    public static ErrorDefinition From(CatalogEntry entry)
        => new(entry.Key, entry.MemberName, entry.Code, entry.Message, entry.Remedy, entry.Kind);
}
