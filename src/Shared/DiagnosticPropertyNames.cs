namespace SparkAds.Analyzers;

/// <summary>Keys of <c>Diagnostic.Properties</c> shared by analyzers and code fixes.</summary>
internal static class DiagnosticPropertyNames
{
    /// <summary>Kind of switch: <see cref="EnumSwitch"/>, <see cref="CodeSwitch"/> or <see cref="KeySwitch"/>.</summary>
    public const string SwitchKind = "SwitchKind";

    public const string EnumSwitch = "Enum";
    public const string CodeSwitch = "Code";
    public const string KeySwitch = "Key";

    /// <summary>Namespace of the generated code, so a fix can name <c>SparkAdsError</c>, <c>SparkAdsErrorCodes</c> and <c>SparkAdsErrorKeys</c>.</summary>
    public const string Namespace = "Namespace";

    /// <summary>Missing catalog keys, separated by <see cref="ListSeparator"/>, in catalog order.</summary>
    public const string MissingKeys = "MissingKeys";

    /// <summary><c>true</c> when a nullable switch also lacks <c>case null</c>.</summary>
    public const string MissingNull = "MissingNull";

    /// <summary>Prefix of the per-key entries that carry a missing error's remedy: <c>Error.{key}</c>.</summary>
    public const string ErrorPrefix = "Error.";

    /// <summary>Prefix of the per-key entries that carry a missing error's enum member name: <c>Member.{key}</c>.</summary>
    public const string MemberPrefix = "Member.";

    /// <summary>Prefix of the per-key entries that carry a missing error's code (absent when it has none): <c>Code.{key}</c>.</summary>
    public const string CodePrefix = "Code.";

    /// <summary>Separates list items; a catalog key can never contain it.</summary>
    public const char ListSeparator = ';';
}
