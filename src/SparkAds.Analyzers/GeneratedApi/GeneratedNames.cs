namespace SparkAds.Analyzers.GeneratedApi;

/// <summary>
/// The names of the generated API, spelled once: the generator writes them, the analyzers recognise them, the code
/// fixes write them into the consumer's code.
/// </summary>
internal static class GeneratedNames
{
    /// <summary>The tool name in the <c>[GeneratedCode]</c> attribute on every generated type: marks the types as ours.</summary>
    public const string Tool = "SparkAds.Analyzers";

    /// <summary>The generator's full type name, which the compiler puts in the path of every tree it generates.</summary>
    public const string GeneratorTypeName = "SparkAds.Analyzers.Generator.SparkAdsGenerator";

    /// <summary>The namespace of the generated code when neither <c>SparkAdsNamespace</c> nor <c>RootNamespace</c> gives one.</summary>
    public const string FallbackNamespace = "SparkAds";

    /// <summary>The enum: <c>Unknown = 0</c>, then one member per catalog key.</summary>
    public const string ErrorEnum = "SparkAdsError";

    /// <summary>The static class of lookups: <c>All</c>, <c>FromCode</c>, <c>TryParse</c>, <c>Resolve</c>.</summary>
    public const string ErrorsClass = "SparkAdsErrors";

    /// <summary>The extension methods: <c>GetKey</c>, <c>GetCode</c>, <c>GetMessage</c>, <c>GetRemedy</c>, ….</summary>
    public const string ExtensionsClass = "SparkAdsErrorExtensions";

    /// <summary>One <c>const int</c> per error with a code.</summary>
    public const string CodesClass = "SparkAdsErrorCodes";

    /// <summary>One <c>const string</c> per error.</summary>
    public const string KeysClass = "SparkAdsErrorKeys";

    /// <summary>The System.Text.Json converter, where the consumer references System.Text.Json.</summary>
    public const string JsonConverterClass = "SparkAdsErrorJsonConverter";

    /// <summary>
    /// The internal attribute on each enum member (but <c>Unknown</c>) that carries its remedy in metadata, for the switch
    /// fix of projects that reference the catalog (<c>Analysis.ErrorIndex</c> reads it); declared beside the enum.
    /// </summary>
    public const string RemedyAttribute = "SparkAdsErrorRemedyAttribute";

    /// <summary>The enum member every generated enum starts with (value 0).</summary>
    public const string UnknownMember = "Unknown";

    /// <summary>What <c>GetKey()</c> returns for <see cref="UnknownMember"/>.</summary>
    public const string UnknownKey = "unknown";

    public const string FromCodeMethod = "FromCode";
    public const string TryParseMethod = "TryParse";
    public const string ResolveMethod = "Resolve";
    public const string GetKeyMethod = "GetKey";
    public const string GetCodeMethod = "GetCode";
    public const string GetMessageMethod = "GetMessage";
    public const string GetRemedyMethod = "GetRemedy";
    public const string IsSystemErrorMethod = "IsSystemError";
    public const string IsRetiredMethod = "IsRetired";

    /// <summary>The parameter of <c>TryParse</c> that receives the error.</summary>
    public const string ErrorParameter = "error";

    /// <summary>The parameter of <c>TryParse</c> and <c>Resolve</c> that takes a key.</summary>
    public const string KeyParameter = "key";

    /// <summary>The parameter of <c>FromCode</c> and <c>Resolve</c> that takes a code.</summary>
    public const string CodeParameter = "code";

    /// <summary>The parameter of <c>TryParse</c> that asks for a case-insensitive match.</summary>
    public const string IgnoreCaseParameter = "ignoreCase";
}
