using System.Globalization;
using Microsoft.CodeAnalysis;

namespace SparkAds.Analyzers.CodeFixes.Conversions;

/// <summary>
/// What the analyzer decided the fix of one SPARK005–SPARK007 diagnostic writes, read from its properties
/// (<see cref="DiagnosticPropertyNames.Conversion"/> and the rest): the fix derives no semantics of its own.
/// </summary>
internal sealed class ConversionFixRequest
{
    private ConversionFixRequest(string conversion, string qualifier, int? valueArgument, string? codeCast, string? keep, bool keyToString, string? getKeyForm, string? keyMember, string? keyText)
    {
        Conversion = conversion;
        Qualifier = qualifier;
        ValueArgument = valueArgument;
        CodeCast = codeCast;
        Keep = keep;
        KeyToString = keyToString;
        GetKeyForm = getKeyForm;
        KeyMember = keyMember;
        KeyText = keyText;
    }

    /// <summary>One of the <c>DiagnosticPropertyNames.Conversion*</c> values.</summary>
    public string Conversion { get; }

    /// <summary>What the fix writes before the generated type it names (<see cref="DiagnosticPropertyNames.Qualifier"/>).</summary>
    public string Qualifier { get; }

    public int? ValueArgument { get; }

    public string? CodeCast { get; }

    public string? Keep { get; }

    public bool KeyToString { get; }

    public string? GetKeyForm { get; }

    public string? KeyMember { get; }

    public string? KeyText { get; }

    public const string ResolveTitle = "Use SparkAdsErrors.Resolve";
    public const string TryParseTitle = "Use SparkAdsErrors.TryParse";
    public const string GetKeyTitle = "Use GetKey()";
    public const string KeyConstantTitle = "Use SparkAdsErrorKeys";

    /// <summary>
    /// The equivalence key of every action of these fixes. Each diagnostic has exactly one fix (no choice to carry over),
    /// so Fix All fixes every SPARK005–SPARK007 diagnostic it is given, each with its own rewrite: in the IDE, and in
    /// <c>dotnet format</c>, which fixes one ID at a time with the equivalence key of whichever diagnostic it saw first.
    /// </summary>
    public const string EquivalenceKey = "SparkAds.UseCatalogLookups";

    /// <summary>The action's title: what this diagnostic's fix writes.</summary>
    public string Title => Conversion switch
    {
        DiagnosticPropertyNames.ConversionTryParse => TryParseTitle,
        DiagnosticPropertyNames.ConversionGetKey => GetKeyTitle,
        DiagnosticPropertyNames.ConversionKeyConstant => KeyConstantTitle,
        _ => ResolveTitle,
    };

    /// <summary>The request of <paramref name="diagnostic"/>; <see langword="null"/> when the analyzer found no rewrite that compiles.</summary>
    public static ConversionFixRequest? From(Diagnostic diagnostic)
    {
        var properties = diagnostic.Properties;
        if (!properties.TryGetValue(DiagnosticPropertyNames.Conversion, out var conversion) || conversion is null)
        {
            return null;
        }

        return new ConversionFixRequest(
            conversion,
            Get(DiagnosticPropertyNames.Qualifier) ?? string.Empty,
            properties.TryGetValue(DiagnosticPropertyNames.ValueArgument, out var index) && int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null,
            Get(DiagnosticPropertyNames.CodeCast),
            Get(DiagnosticPropertyNames.Keep),
            Get(DiagnosticPropertyNames.KeyToString) == "true",
            Get(DiagnosticPropertyNames.GetKeyForm),
            Get(DiagnosticPropertyNames.KeyMember),
            Get(DiagnosticPropertyNames.KeyText));

        string? Get(string name) => properties.TryGetValue(name, out var text) ? text : null;
    }
}
