using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using SparkAds.Analyzers.Catalog;
using SparkAds.Analyzers.Common;
using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.Generator.Emit;

/// <summary>
/// Writes the generated API from a merged catalog. Pure text in, text out: every string becomes a literal
/// through Roslyn's own escaping, every doc text through <see cref="XmlDocText"/>, every number invariantly.
/// The output compiles from C# 7.3 (block namespaces, classic switch statements) to the newest.
/// </summary>
/// <remarks>
/// Per row the text holds only what is the row's own: its enum member with docs, its key, message, remedy
/// and code once each in the lookup tables, one character of flags, and its code and key constants (whose
/// docs refer to the member's instead of repeating them). Everything else (the list of all errors, the
/// lists per code, the key hash table) is built once at type initialisation from those tables, so the
/// generated text and its compile time grow linearly with the rows. Inside the generated namespace the
/// generated types are named without qualification (a namespace's own members win every lookup there);
/// framework types keep <c>global::</c>, since a consumer may declare a type or namespace named <c>System</c>.
/// No generated code names a retired (obsolete) member except its own declaration, so no CS0618 arises in it.
/// </remarks>
internal sealed partial class CatalogEmitter
{
    private const string EnumName = GeneratedNames.ErrorEnum;
    private const string ErrorsClassName = GeneratedNames.ErrorsClass;
    private const string ExtensionsClassName = GeneratedNames.ExtensionsClass;
    private const string CodesClassName = GeneratedNames.CodesClass;
    private const string KeysClassName = GeneratedNames.KeysClass;
    private const string JsonConverterClassName = GeneratedNames.JsonConverterClass;
    private const string RemedyAttributeName = GeneratedNames.RemedyAttribute;
    private const string UnknownKey = GeneratedNames.UnknownKey;

    public const string UnknownMessage = "The Spark Ads API reported an error that the catalog does not know.";
    public const string UnknownRemedy = "Read the code and message of the API response, and add the error to a SparkAdsCatalog CSV if it recurs.";

    private const string List = "global::System.Collections.Generic.IReadOnlyList<" + EnumName + ">";
    private const string ReadOnlyList = "global::System.Collections.ObjectModel.ReadOnlyCollection<" + EnumName + ">";
    private const string ReadOnlySpan = "global::System.ReadOnlySpan";
    private const string Memory = "global::System.MemoryExtensions";
    private const string Inline = "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]";
    private const int CancellationStride = 256;

    private static readonly string GeneratorVersion = typeof(CatalogEmitter).Assembly.GetName().Version?.ToString() ?? "1.0.0.0";

    private readonly EquatableArray<ErrorDefinition> _errors;
    private readonly EquatableArray<TeamColumn> _columns;
    private readonly GeneratorOptions _options;
    private readonly TargetCapabilities _target;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<string, ErrorDefinition> _byKey;
    private readonly int[] _values;

    public CatalogEmitter(EquatableArray<ErrorDefinition> errors, EquatableArray<TeamColumn> columns, GeneratorOptions options, TargetCapabilities? target = null, CancellationToken cancellationToken = default)
    {
        _errors = errors;
        _columns = columns;
        _options = options;
        _target = target ?? TargetCapabilities.None;
        _cancellationToken = cancellationToken;
        _byKey = new Dictionary<string, ErrorDefinition>(System.StringComparer.Ordinal);
        var keys = new string[errors.Count];
        for (var i = 0; i < errors.Count; i++)
        {
            _byKey[errors[i].Key] = errors[i];
            keys[i] = errors[i].Key;
        }

        _values = ErrorValue.Assign(keys, cancellationToken);
    }

    private string NullableString => _options.NullableAnnotations ? "string?" : "string";

    /// <summary>Every generated file; the JSON converter only where the consumer's compilation has System.Text.Json.</summary>
    public IEnumerable<(string HintName, string Source)> EmitAll()
    {
        yield return (EnumName + ".g.cs", EmitEnum());
        yield return (ErrorsClassName + ".g.cs", EmitErrors());
        yield return (ExtensionsClassName + ".g.cs", EmitExtensions());
        yield return (CodesClassName + ".g.cs", EmitCodes());
        yield return (KeysClassName + ".g.cs", EmitKeys());
        if (_target.Json)
        {
            yield return (JsonConverterClassName + ".g.cs", EmitJsonConverter());
        }
    }

    public string EmitEnum()
    {
        var writer = Begin();
        Doc(writer, "summary", "A Spark Ads post-code error notification from the error catalog.");
        Doc(writer, "remarks", "Generated from the Spark Ads error catalog, one member per key in catalog order. A member's value is a hash of its key, the same in every project, catalog and version, so a value stored as an integer keeps its meaning; it is not TikTok's error code. Unknown (0, the default) stands for an error the catalog does not know. Retired members (TikTok no longer sends them) are obsolete but still parse.");
        GeneratedCode(writer);
        if (_target.Json)
        {
            writer.Line("[global::System.Text.Json.Serialization.JsonConverter(typeof(" + JsonConverterClassName + "))]");
        }

        writer.OpenBlock("public enum " + EnumName);
        Doc(writer, "summary", UnknownMessage);
        Doc(writer, "remarks", "The default value. Remedy: " + UnknownRemedy);
        writer.Line(GeneratedNames.UnknownMember + " = 0,");
        for (var i = 0; i < _errors.Count; i++)
        {
            Checkpoint(i);
            var error = _errors[i];
            Doc(writer, "summary", error.Message);
            var facts = "Key <c>" + Xml(error.Key) + "</c>, code " + (error.Code is { } code ? Number(code) : "none") + (error.Kind == CatalogErrorKind.System ? ", system error (retry later)" : string.Empty) + ". ";
            if (error.IsRetired)
            {
                facts = "Retired: TikTok no longer sends it" + (Replacement(error) is { } replacement ? "; use <see cref=\"" + EnumName + "." + replacement.MemberName + "\"/>" : string.Empty) + ". " + facts;
            }

            DocWithPrefix(writer, "remarks", facts + "Remedy: ", error.Remedy);
            if (error.IsRetired)
            {
                Obsolete(writer, error, EnumName + ".");
            }

            writer.Line("[" + RemedyAttributeName + "(" + Literal(error.Remedy) + ")]");
            writer.Line(error.MemberName + " = " + Number(_values[i]) + ",");
        }

        writer.CloseBlock();
        writer.Line();
        EmitRemedyAttribute(writer);
        return End(writer);
    }

    /// <summary>
    /// The attribute that carries each member's remedy in metadata, beside the enum it annotates: what the switch fix
    /// of a project that references this one reads (a reference has no CSV, and its XML docs may be absent). Internal, so
    /// it adds nothing to the public API; the compiler keeps it and its uses in reference assemblies.
    /// </summary>
    private static void EmitRemedyAttribute(SourceWriter writer)
    {
        Doc(writer, "summary", "The remedy of a catalog error, on its " + EnumName + " member, where projects that reference this one read it from metadata (the fix that adds switch cases writes it beside each case).");
        GeneratedCode(writer);
        writer.Line("[global::System.AttributeUsage(global::System.AttributeTargets.Field, AllowMultiple = false, Inherited = false)]");
        writer.OpenBlock("internal sealed class " + RemedyAttributeName + " : global::System.Attribute");
        Doc(writer, "summary", "Carries the error's remedy.", raw: false);
        Doc(writer, "param", "remedy", "The remedy, as GetRemedy() returns it.");
        writer.OpenBlock("public " + RemedyAttributeName + "(string remedy)");
        writer.Line("Remedy = remedy;");
        writer.CloseBlock();
        writer.Line();
        Doc(writer, "summary", "The remedy, as GetRemedy() returns it.");
        writer.Line("public string Remedy { get; }");
        writer.CloseBlock();
    }

    public string EmitCodes() => EmitConstants(
        CodesClassName,
        "TikTok's numeric error code of each catalog error that has one, for switches over raw codes.",
        static error => error.Code is { } code ? "int " + error.MemberName + " = " + Number(code) : null,
        error => Replacement(error)?.Code is null ? EnumName + "." : CodesClassName + ".");

    public string EmitKeys() => EmitConstants(
        KeysClassName,
        "The notification key of each catalog error, for switches over raw keys.",
        static error => "string " + error.MemberName + " = " + Literal(error.Key),
        static _ => KeysClassName + ".");

    /// <summary>A class of one constant per error (<paramref name="declaration"/> gives its type, name and value, or null for none) that inherits the member's docs.</summary>
    private string EmitConstants(string className, string summary, System.Func<ErrorDefinition, string?> declaration, System.Func<ErrorDefinition, string> replacementPrefix)
    {
        var writer = BeginType(summary, "public static partial class " + className);
        for (var i = 0; i < _errors.Count; i++)
        {
            Checkpoint(i);
            var error = _errors[i];
            if (declaration(error) is not { } constant)
            {
                continue;
            }

            InheritDoc(writer, error);
            if (error.IsRetired)
            {
                Obsolete(writer, error, replacementPrefix(error));
            }

            writer.Line("public const " + constant + ";");
        }

        return EndType(writer);
    }

    /// <summary>Every member's value in catalog order, Unknown's 0 first, comma-separated.</summary>
    private string PackedValues()
    {
        var values = new System.Text.StringBuilder("0", (_values.Length + 1) * 11);
        for (var i = 0; i < _values.Length; i++)
        {
            Checkpoint(i);
            values.Append(',').Append(Number(_values[i]));
        }

        return values.ToString();
    }

    /// <summary>The active error that replaces a retired one, if the catalog names one validly.</summary>
    private ErrorDefinition? Replacement(ErrorDefinition error)
        => error.ReplacedBy is { } key && _byKey.TryGetValue(key, out var replacement) ? replacement : null;

    /// <summary><c>[Obsolete]</c> with the catalog's message and, when there is one, the replacement under <paramref name="prefix"/>.</summary>
    private void Obsolete(SourceWriter writer, ErrorDefinition error, string prefix)
    {
        var advice = Replacement(error) is { } replacement
            ? " Retired: use " + prefix + replacement.MemberName + " (key '" + replacement.Key + "') instead."
            : " Retired: TikTok no longer sends '" + error.Key + "'.";
        writer.Line("[global::System.Obsolete(" + Literal(error.Message.Trim() + advice) + ")]");
    }

    private void Checkpoint(int row)
    {
        if (row % CancellationStride == 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private SourceWriter Begin()
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var writer = new SourceWriter();
        writer.Line("// <auto-generated/>");
        writer.Line("// Generated by SparkAds.Analyzers from the Spark Ads error catalog. Edit the catalog CSV, not this file.");
        if (_options.NullableAnnotations)
        {
            writer.Line("#nullable enable");
        }

        writer.Line();
        writer.OpenBlock("namespace " + _options.Namespace);
        return writer;
    }

    private static string End(SourceWriter writer)
    {
        writer.CloseBlock();
        return writer.Finish();
    }

    /// <summary>After a blank line, <c>return</c> <paramref name="result"/> and the end of the method.</summary>
    private static void EndMethod(SourceWriter writer, string result)
    {
        writer.Line();
        writer.Line("return " + result + ";");
        writer.CloseBlock();
    }

    /// <summary>The file preamble, then one type's summary, <c>[GeneratedCode]</c> and opening line.</summary>
    private SourceWriter BeginType(string summary, string declaration)
    {
        var writer = Begin();
        Doc(writer, "summary", summary);
        GeneratedCode(writer);
        writer.OpenBlock(declaration);
        return writer;
    }

    /// <summary>Closes the type of <see cref="BeginType"/> and the namespace.</summary>
    private static string EndType(SourceWriter writer)
    {
        writer.CloseBlock();
        return End(writer);
    }

    private static void GeneratedCode(SourceWriter writer)
        => writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"" + GeneratedNames.Tool + "\", \"" + GeneratorVersion + "\")]");

    private static void InheritDoc(SourceWriter writer, ErrorDefinition error)
        => writer.Line("/// <inheritdoc cref=\"" + EnumName + "." + error.MemberName + "\"/>");

    private static void Doc(SourceWriter writer, string tag, string text, bool raw = false)
        => DocWithPrefix(writer, tag, string.Empty, text, raw);

    /// <summary>A doc element holding <paramref name="rawPrefix"/> (XML already) and then <paramref name="text"/> (escaped here).</summary>
    private static void DocWithPrefix(SourceWriter writer, string tag, string rawPrefix, string text, bool raw = false)
    {
        var lines = raw ? new[] { text } : XmlDocText.Lines(text);
        if (lines.Length == 1)
        {
            writer.Line("/// <" + tag + ">" + rawPrefix + lines[0] + "</" + tag + ">");
            return;
        }

        writer.Line("/// <" + tag + ">" + rawPrefix + lines[0]);
        for (var i = 1; i < lines.Length; i++)
        {
            writer.Line("/// " + lines[i]);
        }

        writer.Line("/// </" + tag + ">");
    }

    private static void Doc(SourceWriter writer, string tag, string name, string text)
        => writer.Line("/// <" + tag + " name=\"" + name + "\">" + Xml(text) + "</" + tag + ">");

    /// <summary>Escaped text for inline use; line breaks become spaces (used where one line is expected).</summary>
    private static string Xml(string text) => string.Join(" ", XmlDocText.Lines(text).Select(static l => l.Replace("<br/>", string.Empty)));

    private static string Literal(string value) => StringLiteral.Format(value);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string ArrayOf(string elementType, IEnumerable<string> items)
    {
        var joined = string.Join(", ", items);
        return joined.Length == 0 ? "new " + elementType + "[0]" : "new " + elementType + "[] { " + joined + " }";
    }
}
