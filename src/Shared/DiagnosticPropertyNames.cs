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

    /// <summary>
    /// SPARK005–SPARK007: what the fix writes instead of the reported conversion, one of the <c>Conversion*</c> values.
    /// Absent where no rewrite compiles (<c>Enum.TryParse(typeof(…), key, out object)</c>, a nullable receiver where
    /// <c>GetKey()</c> is not in scope). The reported span is the node the fix replaces.
    /// </summary>
    public const string Conversion = "Conversion";

    /// <summary>SPARK005: <c>SparkAdsErrors.Resolve(null, code)</c>.</summary>
    public const string ConversionResolveCode = "ResolveCode";

    /// <summary>SPARK006: <c>SparkAdsErrors.Resolve(key, null)</c>, for the <c>Enum.Parse</c> forms.</summary>
    public const string ConversionResolveKey = "ResolveKey";

    /// <summary>SPARK006: <c>SparkAdsErrors.TryParse</c> with the call's own arguments, for the generic <c>Enum.TryParse</c> forms.</summary>
    public const string ConversionTryParse = "TryParse";

    /// <summary>SPARK007: <c>GetKey()</c> instead of <c>ToString()</c> or <c>Enum.GetName</c>; how, says <see cref="GetKeyForm"/>.</summary>
    public const string ConversionGetKey = "GetKey";

    /// <summary>SPARK007: the key constant (<see cref="KeyMember"/>) or literal (<see cref="KeyText"/>) instead of <c>nameof</c>.</summary>
    public const string ConversionKeyConstant = "KeyConstant";

    /// <summary>
    /// The index of the argument that holds the code or key (<c>Enum.ToObject</c>, <c>Enum.Parse</c>, <c>Enum.TryParse</c>)
    /// or the error (<c>Enum.GetName</c>); absent when it is the reported cast's operand or the receiver of <c>ToString()</c>.
    /// </summary>
    public const string ValueArgument = "ValueArgument";

    /// <summary>
    /// SPARK005: the cast the code needs to reach <c>Resolve</c>'s <c>int?</c> parameter, <see cref="CodeCastInt"/> or
    /// <see cref="CodeCastNullableInt"/>; absent when it converts implicitly.
    /// </summary>
    public const string CodeCast = "CodeCast";

    public const string CodeCastInt = "int";
    public const string CodeCastNullableInt = "int?";

    /// <summary>
    /// What the replacement is cast to so the expression keeps its type: <see cref="KeepNullable"/> (the reported cast's
    /// own nullable type: the fix keeps that cast around the lookup) or <see cref="KeepObject"/> (<c>object</c>, what
    /// <c>Enum.ToObject</c> and <c>Enum.Parse(Type, …)</c> return); absent when the lookup's <c>SparkAdsError</c> is the type.
    /// </summary>
    public const string Keep = "Keep";

    public const string KeepNullable = "Nullable";
    public const string KeepObject = "Object";

    /// <summary>SPARK006: <c>true</c> when the key is a span and the lookup the fix calls takes a string (<c>key.ToString()</c>).</summary>
    public const string KeyToString = "KeyToString";

    /// <summary>SPARK007: how the fix writes <c>GetKey()</c>, one of the <c>GetKeyForm*</c> values.</summary>
    public const string GetKeyForm = "GetKeyForm";

    /// <summary><c>ToString</c> becomes <c>GetKey</c> in the same member access (<c>e.GetKey()</c>, <c>x?.E.GetKey()</c>).</summary>
    public const string GetKeyFormRename = "Rename";

    /// <summary>A nullable receiver of <c>ToString()</c>: <c>(e?.GetKey() ?? "")</c>, which is <c>""</c> for null as <c>ToString()</c> was.</summary>
    public const string GetKeyFormNullableReceiver = "NullableReceiver";

    /// <summary><c>Enum.GetName</c> of a value: <c>value.GetKey()</c>.</summary>
    public const string GetKeyFormCall = "Call";

    /// <summary><c>Enum.GetName</c> of a nullable value: <c>value?.GetKey()</c>.</summary>
    public const string GetKeyFormNullableCall = "NullableCall";

    /// <summary>The extension is not in scope where the value is: <c>SparkAdsErrorExtensions.GetKey(value)</c>, qualified as the file can bind it.</summary>
    public const string GetKeyFormStatic = "Static";

    /// <summary>
    /// SPARK005–SPARK007: the text the fix writes before the generated type it names (<c>SparkAdsErrors</c>,
    /// <c>SparkAdsErrorExtensions</c>, <c>SparkAdsErrorKeys</c>): empty where the name alone binds to it, else its
    /// namespace (<c>Acme.</c>, or <c>global::Acme.</c> where <c>Acme</c> is hidden there).
    /// </summary>
    public const string Qualifier = "Qualifier";

    /// <summary>SPARK007 <c>nameof</c>: the <c>SparkAdsErrorKeys</c> constant to write; absent when there is none to use (<c>Unknown</c>, a retired error).</summary>
    public const string KeyMember = "KeyMember";

    /// <summary>SPARK007 <c>nameof</c>: the key itself, written as a literal where <see cref="KeyMember"/> is absent.</summary>
    public const string KeyText = "KeyText";
}
