using System.Collections.Generic;
using System.Globalization;
using SparkAds.Analyzers.Catalog;
using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.Generator.Emit;

/// <summary>
/// <c>SparkAdsErrorExtensions</c>: <c>GetKey</c>, <c>GetCode</c>, <c>GetMessage</c>, <c>GetRemedy</c>,
/// <c>IsSystemError</c> and <c>IsRetired</c>, each one read from a table in enum order packed into one literal.
/// </summary>
internal sealed partial class CatalogEmitter
{
    public string EmitExtensions()
    {
        var writer = BeginType("Catalog data of each Spark Ads error. Every lookup reads a table indexed by the error: nothing is allocated.", "public static partial class " + ExtensionsClassName);

        Lookup(writer, "string", GeneratedNames.GetKeyMethod, "The notification key as TikTok sends it, or <c>unknown</c> for Unknown.", PackedTexts(UnknownKey, static e => e.Key));
        Lookup(writer, "int?", "GetCode", "TikTok's numeric error code, or null where TikTok gives none.", "UnpackCodes(" + Literal(PackedCodes()) + ")");
        Lookup(writer, "string", "GetMessage", "The notification message, exactly as the catalog writes it.", PackedTexts(UnknownMessage, static e => e.Message));
        Lookup(writer, "string", "GetRemedy", "What the advertiser can do, exactly as the catalog writes it.", PackedTexts(UnknownRemedy, static e => e.Remedy));

        writer.Line();
        writer.OpenBlock("private static int?[] UnpackCodes(string packed)");
        writer.Line("var parts = packed.Split(',');");
        writer.Line("var codes = new int?[parts.Length];");
        writer.OpenBlock("for (var i = 0; i < parts.Length; i++)");
        writer.OpenBlock("if (parts[i].Length > 0)");
        writer.Line("codes[i] = int.Parse(parts[i], global::System.Globalization.NumberStyles.AllowLeadingSign, global::System.Globalization.CultureInfo.InvariantCulture);");
        writer.CloseBlock();
        writer.CloseBlock();
        EndMethod(writer, "codes");

        // One character per error (Unknown first): bit 0 = kind system, bit 1 = status retired ('0' to '3').
        writer.Line();
        var flags = new System.Text.StringBuilder(_errors.Count + 1).Append('0');
        for (var i = 0; i < _errors.Count; i++)
        {
            Checkpoint(i);
            flags.Append((char)('0' + (_errors[i].Kind == CatalogErrorKind.System ? 1 : 0) + (_errors[i].IsRetired ? 2 : 0)));
        }

        writer.Line("private const string ErrorFlags = \"" + flags + "\";");
        Flag(writer, "IsSystemError", 1, "Whether the error is a backend failure (catalog kind <c>system</c>): retry later rather than change the ad.");
        Flag(writer, "IsRetired", 2, "Whether the error is retired (catalog status <c>retired</c>): TikTok no longer sends it, though old notifications still parse.");
        return EndType(writer);
    }

    /// <summary>
    /// A lookup indexed by the enum value: one table in enum order (Unknown first), then a bounds check. Unlike a
    /// switch with a case per error, this compiles in time linear in the catalog (the compiler's switch lowering is
    /// not) and costs one array read at run time. The table is unpacked once, at type initialisation, from one
    /// string literal: one token for the whole catalog parses and compiles far faster than an array initializer
    /// with a token, a store and a line per error.
    /// </summary>
    private static void Lookup(SourceWriter writer, string returnType, string name, string summary, string initializer)
    {
        var table = "s_" + char.ToLowerInvariant(name[3]) + name.Substring(4) + "Table";
        if (name != GeneratedNames.GetKeyMethod)
        {
            writer.Line();
        }

        writer.Line("private static readonly " + returnType + "[] " + table + " = " + initializer + ";");
        writer.Line();
        Doc(writer, "summary", summary, raw: true);
        Doc(writer, "param", "error", "The error; a value outside the enum is treated as Unknown.");

        // One bounds check and one load: small enough to inline, but the JIT's size heuristic declines it
        // unasked, and the call would then cost as much as the lookup.
        writer.Line(Inline);
        writer.OpenBlock("public static " + returnType + " " + name + "(this " + EnumName + " error)");
        writer.Line("var index = (int)error;");
        writer.Line("return (uint)index < (uint)" + table + ".Length ? " + table + "[index] : " + table + "[0];");
        writer.CloseBlock();
    }

    /// <summary><c>"unknown|a|b".Split('|')</c>: the texts in enum order, joined by a character none of them holds.</summary>
    private string PackedTexts(string unknown, System.Func<ErrorDefinition, string> text)
    {
        var texts = new List<string>(_errors.Count + 1) { unknown };
        for (var i = 0; i < _errors.Count; i++)
        {
            Checkpoint(i);
            texts.Add(text(_errors[i]));
        }

        var separator = Separator(texts);
        return Literal(string.Join(separator.ToString(), texts)) + ".Split(" + CharLiteral(separator) + ")";
    }

    /// <summary>The codes in enum order (Unknown first, empty where there is none), comma-separated.</summary>
    private string PackedCodes()
    {
        var codes = new System.Text.StringBuilder();
        for (var i = 0; i < _errors.Count; i++)
        {
            Checkpoint(i);
            codes.Append(',');
            if (_errors[i].Code is { } code)
            {
                codes.Append(Number(code));
            }
        }

        return codes.ToString();
    }

    /// <summary>A separator that no text contains: a visible one if possible (keys never hold a comma).</summary>
    private static char Separator(List<string> texts)
    {
        foreach (var candidate in "|,~^`")
        {
            if (!texts.Exists(t => t.IndexOf(candidate) >= 0))
            {
                return candidate;
            }
        }

        for (var candidate = '\u0001'; candidate != '\uFFFF'; candidate++)
        {
            if (!char.IsSurrogate(candidate) && !texts.Exists(t => t.IndexOf(candidate) >= 0))
            {
                return candidate;
            }
        }

        throw new System.InvalidOperationException("Every character occurs in the catalog's texts.");
    }

    // The visible candidates need no escape in a char literal; any other separator is written as \uXXXX.
    private static string CharLiteral(char value) => value is >= ' ' and <= '~'
        ? "'" + value + "'"
        : "'\\u" + ((int)value).ToString("x4", CultureInfo.InvariantCulture) + "'";

    private static void Flag(SourceWriter writer, string name, int bit, string summary)
    {
        writer.Line();
        Doc(writer, "summary", summary, raw: true);
        Doc(writer, "param", "error", "The error; a value outside the enum is treated as Unknown (false).");
        writer.Line(Inline);
        writer.OpenBlock("public static bool " + name + "(this " + EnumName + " error)");
        writer.Line("var index = (int)error;");
        writer.Line("return (uint)index < (uint)ErrorFlags.Length && (ErrorFlags[index] & " + Number(bit) + ") != 0;");
        writer.CloseBlock();
    }
}
