namespace SparkAds.Analyzers;

/// <summary>Keys of <c>Diagnostic.Properties</c> shared by analyzers and code fixes.</summary>
internal static class DiagnosticPropertyNames
{
    /// <summary>Kind of switch: <c>Enum</c>, <c>Code</c> or <c>Key</c>.</summary>
    public const string SwitchKind = "SwitchKind";

    /// <summary>Missing catalog keys, separated by <see cref="ListSeparator"/>, in catalog order.</summary>
    public const string MissingKeys = "MissingKeys";

    /// <summary>Prefix of the per-key entries that carry a missing error's data: <c>Error.{key}</c>.</summary>
    public const string ErrorPrefix = "Error.";

    /// <summary>Separates list items; a catalog key can never contain it.</summary>
    public const char ListSeparator = ';';
}
