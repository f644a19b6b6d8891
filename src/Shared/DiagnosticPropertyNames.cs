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

    /// <summary>
    /// Where the new cases go: the index of the section (statement) or arm (expression) they are written before, as the
    /// switch is written; the count of them to write them at the end.
    /// </summary>
    public const string InsertAt = "InsertAt";

    /// <summary>Where the <c>null</c> case goes (see <see cref="InsertAt"/>).</summary>
    public const string NullInsertAt = "NullInsertAt";

    /// <summary>
    /// A switch expression's arm whose value the new arms at <see cref="InsertAt"/> take (an unguarded <c>_</c> that does
    /// more than throw); absent: they throw <c>NotImplementedException</c>.
    /// </summary>
    public const string ValueFrom = "ValueFrom";

    /// <summary>As <see cref="ValueFrom"/>, for the <c>null</c> arm at <see cref="NullInsertAt"/>.</summary>
    public const string NullValueFrom = "NullValueFrom";

    /// <summary><c>true</c> when codes and keys are written as literals (the switch's own style), not as generated constants.</summary>
    public const string UseLiterals = "UseLiterals";

    /// <summary>
    /// The switch's own labels the new cases leave unreachable, to remove: <c>section.label</c> (a switch expression's arm
    /// as <c>arm.0</c>), separated by <see cref="ListSeparator"/>.
    /// </summary>
    public const string Remove = "Remove";

    /// <summary>Separates list items; a catalog key can never contain it.</summary>
    public const char ListSeparator = ';';

    /// <summary>
    /// SPARK004: what selects Custom Identity at the reported span, one of the <c>IdentityForm*</c> values.
    /// Absent where no fix applies (endpoints, configured symbols).
    /// </summary>
    public const string IdentityForm = "IdentityForm";

    /// <summary>SPARK004: a string literal (regular, verbatim or raw); the fix rewrites it in the same form.</summary>
    public const string IdentityFormLiteral = "Literal";

    /// <summary>SPARK004: a reference to a string constant; the fix uses a sibling constant or a literal.</summary>
    public const string IdentityFormConstant = "Constant";

    /// <summary>SPARK004: any other constant expression (concatenation, cast); the fix replaces it with a literal.</summary>
    public const string IdentityFormExpression = "Expression";

    /// <summary>
    /// SPARK004: <c>CUSTOMIZED_USER</c> as the <c>identity_type</c> value in JSON written inside a string literal; the
    /// reported span is the value alone, and the fix replaces those characters, keeping the string and its quoting.
    /// </summary>
    public const string IdentityFormJsonText = "JsonText";

    /// <summary>SPARK004: an enum member that serialises to CUSTOMIZED_USER; the fix uses a sibling member.</summary>
    public const string IdentityFormEnumMember = "EnumMember";

    /// <summary>
    /// SPARK004: prefix of the entries naming the sibling member (enum member or constant of the same type) that
    /// gives a replacement value: <c>Replacement.TT_USER = TikTokUser</c>.
    /// </summary>
    public const string IdentityReplacementPrefix = "Replacement.";
}
