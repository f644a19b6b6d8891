using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SparkAds.Analyzers.Catalog;
using SparkAds.Analyzers.Common;

namespace SparkAds.Analyzers.Generator;

/// <summary>
/// Writes the generated API from a merged catalog. Pure text in, text out: every string becomes a literal
/// through Roslyn's own escaping, every doc text through <see cref="XmlDocText"/>, every number invariantly.
/// The output compiles from C# 7.3 (block namespaces, classic switch statements) to the newest.
/// </summary>
internal sealed class CatalogEmitter
{
    public const string EnumName = "SparkAdsError";
    public const string ErrorsClassName = "SparkAdsErrors";
    public const string ExtensionsClassName = "SparkAdsErrorExtensions";
    public const string CodesClassName = "SparkAdsErrorCodes";
    public const string KeysClassName = "SparkAdsErrorKeys";

    public const string UnknownKey = "unknown";
    public const string UnknownMessage = "The Spark Ads API reported an error that the catalog does not know.";
    public const string UnknownRemedy = "Read the code and message of the API response, and add the error to a SparkAdsCatalog CSV if it recurs.";

    private static readonly string GeneratorVersion = typeof(CatalogEmitter).Assembly.GetName().Version?.ToString() ?? "1.0.0.0";

    private readonly EquatableArray<ErrorDefinition> _errors;
    private readonly GeneratorOptions _options;
    private readonly string _enum;

    public CatalogEmitter(EquatableArray<ErrorDefinition> errors, GeneratorOptions options)
    {
        _errors = errors;
        _options = options;
        _enum = "global::" + options.Namespace + "." + EnumName;
    }

    private string NullableString => _options.NullableAnnotations ? "string?" : "string";

    public IEnumerable<(string HintName, string Source)> EmitAll()
    {
        yield return (EnumName + ".g.cs", EmitEnum());
        yield return (ErrorsClassName + ".g.cs", EmitErrors());
        yield return (ExtensionsClassName + ".g.cs", EmitExtensions());
        yield return (CodesClassName + ".g.cs", EmitCodes());
        yield return (KeysClassName + ".g.cs", EmitKeys());
    }

    public string EmitEnum()
    {
        var writer = Begin();
        Doc(writer, "summary", "A Spark Ads post-code error notification from the error catalog.");
        Doc(writer, "remarks", "Generated from the Spark Ads error catalog, one member per key in catalog order. Unknown (the default) stands for an error the catalog does not know.");
        GeneratedCode(writer);
        writer.OpenBlock("public enum " + EnumName);
        Doc(writer, "summary", UnknownMessage);
        Doc(writer, "remarks", "The default value. Remedy: " + UnknownRemedy);
        writer.Line("Unknown = 0,");
        for (var i = 0; i < _errors.Count; i++)
        {
            var error = _errors[i];
            writer.Line();
            Doc(writer, "summary", error.Message);
            writer.Line("/// <remarks>");
            DocLines(writer, "<para>Key: <c>" + Xml(error.Key) + "</c>. Code: " + (error.Code is { } code ? "<c>" + Number(code) + "</c>" : "none") + ". Kind: " + KindText(error.Kind) + ".</para>", raw: true);
            writer.Line("/// <para>Remedy:");
            DocLines(writer, error.Remedy, raw: false);
            writer.Line("/// </para>");
            writer.Line("/// </remarks>");
            writer.Line(error.MemberName + " = " + Number(i + 1) + ",");
        }

        writer.CloseBlock();
        return End(writer);
    }

    public string EmitErrors()
    {
        var writer = Begin();
        var list = "global::System.Collections.Generic.IReadOnlyList<" + _enum + ">";
        var readOnly = "global::System.Collections.ObjectModel.ReadOnlyCollection<" + _enum + ">";
        Doc(writer, "summary", "Lookups over the Spark Ads error catalog.");
        GeneratedCode(writer);
        writer.OpenBlock("public static partial class " + ErrorsClassName);

        writer.Line("private static readonly " + list + " s_all = new " + readOnly + "(new " + _enum + "[]");
        writer.Line("{");
        foreach (var error in _errors)
        {
            writer.Line("    " + Member(error) + ",");
        }

        writer.Line("});");
        writer.Line("private static readonly " + list + " s_none = new " + readOnly + "(new " + _enum + "[0]);");

        var byCode = _errors.Where(static e => e.Code.HasValue).GroupBy(static e => e.Code!.Value).ToList();
        for (var i = 0; i < byCode.Count; i++)
        {
            writer.Line("private static readonly " + list + " s_code" + Number(i) + " = new " + readOnly + "(new " + _enum + "[] { " + string.Join(", ", byCode[i].Select(Member)) + " });");
        }

        // FromCode's hash table (see CodeHashTable): bucket bounds, then each entry's code and errors.
        var table = CodeHashTable.Build(byCode.Select(static group => group.Key).ToList());
        writer.Line("private static readonly int[] s_codeBuckets = " + ArrayOf("int", table.BucketStarts.Select(Number)) + ";");
        writer.Line("private static readonly int[] s_codeKeys = " + ArrayOf("int", table.Order.Select(i => Number(byCode[i].Key))) + ";");
        writer.Line("private static readonly " + list + "[] s_codeLists = " + ArrayOf(list, table.Order.Select(i => "s_code" + Number(i))) + ";");

        writer.Line();
        Doc(writer, "summary", "Every catalog error in catalog order, without Unknown.");
        writer.Line("public static " + list + " All => s_all;");

        writer.Line();
        Doc(writer, "summary", "Every catalog error with TikTok's numeric error code <paramref name=\"code\"/>; empty when no key has it.", raw: true);
        Doc(writer, "param", "code", "A numeric error code from a Spark Ads API response.");
        Doc(writer, "returns", "The matching errors in catalog order (several keys may share a code). The list is cached; nothing is allocated.");
        writer.OpenBlock("public static " + list + " FromCode(int code)");
        writer.Line("var bucket = (int)(unchecked((uint)code * " + table.Multiplier.ToString(CultureInfo.InvariantCulture) + "u) >> " + Number(32 - table.Bits) + ");");
        writer.OpenBlock("for (var i = s_codeBuckets[bucket]; i < s_codeBuckets[bucket + 1]; i++)");
        writer.OpenBlock("if (s_codeKeys[i] == code)");
        writer.Line("return s_codeLists[i];");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();
        writer.Line("return s_none;");
        writer.CloseBlock();

        writer.Line();
        Doc(writer, "summary", "Finds the error of a notification key such as <c>auth_code_expired</c>, comparing ordinally.", raw: true);
        Doc(writer, "param", "key", "The key as the Spark Ads API sends it; may be null.");
        Doc(writer, "param", "error", "The error, or Unknown when no key matches.");
        Doc(writer, "returns", "Whether a catalog key matched.");
        writer.OpenBlock("public static bool TryParse(" + NullableString + " key, out " + _enum + " error)");
        if (_errors.Count > 0)
        {
            writer.OpenBlock("switch (key)");
            foreach (var error in _errors)
            {
                writer.Line("case " + Literal(error.Key) + ": error = " + Member(error) + "; return true;");
            }

            writer.CloseBlock();
        }

        writer.Line("error = " + _enum + ".Unknown;");
        writer.Line("return false;");
        writer.CloseBlock();

        writer.Line();
        Doc(writer, "summary", "Finds the error of a notification key, optionally ignoring case (ordinal, culture-independent).");
        Doc(writer, "param", "key", "The key as the Spark Ads API sends it; may be null.");
        Doc(writer, "param", "ignoreCase", "Whether to compare with OrdinalIgnoreCase.");
        Doc(writer, "param", "error", "The error, or Unknown when no key matches.");
        Doc(writer, "returns", "Whether a catalog key matched.");
        writer.OpenBlock("public static bool TryParse(" + NullableString + " key, bool ignoreCase, out " + _enum + " error)");
        writer.Line("if (TryParse(key, out error) || !ignoreCase || key == null) return error != " + _enum + ".Unknown;");
        var byLength = _errors.GroupBy(static e => e.Key.Length).OrderBy(static g => g.Key).ToList();
        if (byLength.Count > 0)
        {
            writer.OpenBlock("switch (key.Length)");
            foreach (var group in byLength)
            {
                writer.Line("case " + Number(group.Key) + ":");
                foreach (var error in group)
                {
                    writer.Line("    if (string.Equals(key, " + Literal(error.Key) + ", global::System.StringComparison.OrdinalIgnoreCase)) { error = " + Member(error) + "; return true; }");
                }

                writer.Line("    break;");
            }

            writer.CloseBlock();
        }

        writer.Line("return false;");
        writer.CloseBlock();

        writer.CloseBlock();
        return End(writer);
    }

    public string EmitExtensions()
    {
        var writer = Begin();
        Doc(writer, "summary", "Catalog data of each Spark Ads error. Every lookup reads a table indexed by the error: nothing is allocated.");
        GeneratedCode(writer);
        writer.OpenBlock("public static partial class " + ExtensionsClassName);

        Lookup(writer, "string", "GetKey", "The notification key as TikTok sends it, or <c>unknown</c> for Unknown.", e => Literal(e.Key), Literal(UnknownKey));
        Lookup(writer, "int?", "GetCode", "TikTok's numeric error code, or null where TikTok gives none.", e => e.Code is { } code ? Number(code) : null, "null");
        Lookup(writer, "string", "GetMessage", "The notification message, exactly as the catalog writes it.", e => Literal(e.Message), Literal(UnknownMessage));
        Lookup(writer, "string", "GetRemedy", "What the advertiser can do, exactly as the catalog writes it.", e => Literal(e.Remedy), Literal(UnknownRemedy));

        writer.Line();
        Doc(writer, "summary", "Whether the error is a backend failure (catalog kind <c>system</c>): retry later rather than change the ad.", raw: true);
        Doc(writer, "param", "error", "The error.");
        writer.OpenBlock("public static bool IsSystemError(this " + _enum + " error)");
        var system = _errors.Where(static e => e.Kind == CatalogErrorKind.System).ToList();
        if (system.Count > 0)
        {
            writer.OpenBlock("switch (error)");
            foreach (var error in system)
            {
                writer.Line("case " + Member(error) + ":");
            }

            writer.Line("    return true;");
            writer.Line("default:");
            writer.Line("    return false;");
            writer.CloseBlock();
        }
        else
        {
            writer.Line("return false;");
        }

        writer.CloseBlock();
        writer.CloseBlock();
        return End(writer);
    }

    public string EmitCodes()
    {
        var writer = Begin();
        Doc(writer, "summary", "TikTok's numeric error code of each catalog error that has one, for switches over raw codes.");
        GeneratedCode(writer);
        writer.OpenBlock("public static partial class " + CodesClassName);
        foreach (var error in _errors.Where(static e => e.Code.HasValue))
        {
            Doc(writer, "summary", "Code of <c>" + Xml(error.Key) + "</c>: " + Xml(error.Message), raw: true);
            writer.Line("public const int " + error.MemberName + " = " + Number(error.Code!.Value) + ";");
        }

        writer.CloseBlock();
        return End(writer);
    }

    public string EmitKeys()
    {
        var writer = Begin();
        Doc(writer, "summary", "The notification key of each catalog error, for switches over raw keys.");
        GeneratedCode(writer);
        writer.OpenBlock("public static partial class " + KeysClassName);
        foreach (var error in _errors)
        {
            Doc(writer, "summary", "Key of: " + Xml(error.Message), raw: true);
            writer.Line("public const string " + error.MemberName + " = " + Literal(error.Key) + ";");
        }

        writer.CloseBlock();
        return End(writer);
    }

    /// <summary>
    /// A lookup indexed by the enum value: one table in enum order (Unknown first), then a bounds check. Unlike a
    /// switch with a case per error, this compiles in time linear in the catalog (the compiler's switch lowering is
    /// not) and costs one array read at run time.
    /// </summary>
    private void Lookup(SourceWriter writer, string returnType, string name, string summary, System.Func<ErrorDefinition, string?> value, string fallback)
    {
        var table = "s_" + char.ToLowerInvariant(name[3]) + name.Substring(4) + "Table";
        writer.Line();
        writer.Line("private static readonly " + returnType + "[] " + table + " = new " + returnType + "[]");
        writer.Line("{");
        writer.Line("    " + fallback + ",");
        foreach (var error in _errors)
        {
            writer.Line("    " + (value(error) ?? "null") + ",");
        }

        writer.Line("};");
        writer.Line();
        Doc(writer, "summary", summary, raw: true);
        Doc(writer, "param", "error", "The error; a value outside the enum is treated as Unknown.");

        // One bounds check and one load: small enough to inline, but the JIT's size heuristic declines it
        // unasked, and the call would then cost as much as the lookup.
        writer.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
        writer.OpenBlock("public static " + returnType + " " + name + "(this " + _enum + " error)");
        writer.Line("var index = (int)error;");
        writer.Line("return (uint)index < (uint)" + table + ".Length ? " + table + "[index] : " + table + "[0];");
        writer.CloseBlock();
    }

    private SourceWriter Begin()
    {
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
        return writer.ToString();
    }

    private static void GeneratedCode(SourceWriter writer)
        => writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"SparkAds.Analyzers\", \"" + GeneratorVersion + "\")]");

    private string Member(ErrorDefinition error) => _enum + "." + error.MemberName;

    private static void Doc(SourceWriter writer, string tag, string text, bool raw = false)
    {
        var lines = raw ? new[] { text } : XmlDocText.Lines(text);
        if (lines.Length == 1)
        {
            writer.Line("/// <" + tag + ">" + lines[0] + "</" + tag + ">");
            return;
        }

        writer.Line("/// <" + tag + ">");
        foreach (var line in lines)
        {
            writer.Line("/// " + line);
        }

        writer.Line("/// </" + tag + ">");
    }

    private static void Doc(SourceWriter writer, string tag, string name, string text)
        => writer.Line("/// <" + tag + " name=\"" + name + "\">" + Xml(text) + "</" + tag + ">");

    private static void DocLines(SourceWriter writer, string text, bool raw)
    {
        foreach (var line in raw ? new[] { text } : XmlDocText.Lines(text))
        {
            writer.Line("/// " + line);
        }
    }

    /// <summary>Escaped text for inline use; line breaks become spaces (used where one line is expected).</summary>
    private static string Xml(string text) => string.Join(" ", XmlDocText.Lines(text).Select(static l => l.Replace("<br/>", string.Empty)));

    private static string Literal(string value) => StringLiteral.Format(value);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string ArrayOf(string elementType, IEnumerable<string> items)
    {
        var joined = string.Join(", ", items);
        return joined.Length == 0 ? "new " + elementType + "[0]" : "new " + elementType + "[] { " + joined + " }";
    }

    private static string KindText(CatalogErrorKind kind) => kind == CatalogErrorKind.System ? "system (a backend failure: retry later)" : "user";
}
