using System.Collections.Generic;
using System.Globalization;
using SparkAds.Analyzers.Catalog;
using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.Generator.Emit;

/// <summary>
/// <c>SparkAdsErrorExtensions</c>: <c>GetKey</c>, <c>GetCode</c>, <c>GetMessage</c>, <c>GetRemedy</c>, one lookup per
/// typed team column (<see cref="TeamLookup"/>), <c>IsSystemError</c> and <c>IsRetired</c>, each one read from a table
/// in catalog order (Unknown first) packed into one literal, at the error's position. A member's value is a hash of its key (<see cref="ErrorValue"/>), so its
/// position is found in an open-addressing table over the value itself, built at type initialisation from
/// <c>SparkAdsErrors.All</c>: pairs of value and position, indexed by the value's low bits (already a hash), probed
/// linearly, at most half full. A value outside the enum meets an empty pair (value 0, position 0) and reads as Unknown,
/// as does Unknown itself.
/// </summary>
internal sealed partial class CatalogEmitter
{
    public string EmitExtensions()
    {
        var writer = BeginType("Catalog data of each Spark Ads error. Every lookup reads a table at the error's catalog position: nothing is allocated.", "public static partial class " + ExtensionsClassName);
        writer.Line("private const int SlotMask = " + Number((1 << CodeHashTable.BitsFor(_errors.Count)) - 1) + ";");
        writer.Line("private static readonly int[] s_slots = CreateSlots();");
        writer.Line();

        Lookup(writer, "string", GeneratedNames.GetKeyMethod, "The notification key as TikTok sends it, or <c>unknown</c> for Unknown.", PackedTexts(UnknownKey, static e => e.Key));
        Lookup(writer, "int?", GeneratedNames.GetCodeMethod, "TikTok's numeric error code, or null where TikTok gives none.", "UnpackInts(" + Literal(PackedInts(static e => e.Code is { } code ? Number(code) : string.Empty)) + ")");
        Lookup(writer, "string", GeneratedNames.GetMessageMethod, "The notification message, exactly as the catalog writes it.", PackedTexts(UnknownMessage, static e => e.Message));
        Lookup(writer, "string", GeneratedNames.GetRemedyMethod, "What the advertiser can do, exactly as the catalog writes it.", PackedTexts(UnknownRemedy, static e => e.Remedy));
        for (var column = 0; column < _columns.Count; column++)
        {
            TeamLookup(writer, column);
        }

        writer.Line();
        writer.OpenBlock("private static int?[] UnpackInts(string packed)");
        writer.Line("var parts = packed.Split(',');");
        writer.Line("var values = new int?[parts.Length];");
        writer.OpenBlock("for (var i = 0; i < parts.Length; i++)");
        writer.OpenBlock("if (parts[i].Length > 0)");
        writer.Line("values[i] = int.Parse(parts[i], global::System.Globalization.NumberStyles.AllowLeadingSign, global::System.Globalization.CultureInfo.InvariantCulture);");
        writer.CloseBlock();
        writer.CloseBlock();
        EndMethod(writer, "values");
        EmitTeamUnpackers(writer);

        // One character per error in catalog order (Unknown first): bit 0 = kind system, bit 1 = status retired ('0' to '3').
        writer.Line();
        var flags = new System.Text.StringBuilder(_errors.Count + 1).Append('0');
        for (var i = 0; i < _errors.Count; i++)
        {
            Checkpoint(i);
            flags.Append((char)('0' + (_errors[i].Kind == CatalogErrorKind.System ? 1 : 0) + (_errors[i].IsRetired ? 2 : 0)));
        }

        writer.Line("private const string ErrorFlags = \"" + flags + "\";");
        Flag(writer, GeneratedNames.IsSystemErrorMethod, 1, "Whether the error is a backend failure (catalog kind <c>system</c>): retry later rather than change the ad.");
        Flag(writer, GeneratedNames.IsRetiredMethod, 2, "Whether the error is retired (catalog status <c>retired</c>): TikTok no longer sends it, though old notifications still parse.");
        EmitPositions(writer);
        return EndType(writer);
    }

    /// <summary><c>PositionOf</c>, the error's index in every table (0 for Unknown and any value outside the enum), and the table it probes.</summary>
    private static void EmitPositions(SourceWriter writer)
    {
        writer.Line();
        writer.Line(Inline);
        writer.OpenBlock("private static int PositionOf(" + EnumName + " error)");
        writer.Line("var value = (int)error;");
        writer.Line("var slot = value & SlotMask;");
        writer.OpenBlock("while (true)");
        writer.Line("var found = s_slots[2 * slot];");
        writer.OpenBlock("if (found == value || found == 0)");
        writer.Line("return s_slots[(2 * slot) + 1];");
        writer.CloseBlock();
        writer.Line();
        writer.Line("slot = (slot + 1) & SlotMask;");
        writer.CloseBlock();
        writer.CloseBlock();

        writer.Line();
        writer.OpenBlock("private static int[] CreateSlots()");
        writer.Line("var all = " + ErrorsClassName + ".All;");
        writer.Line("var slots = new int[2 * (SlotMask + 1)];");
        writer.OpenBlock("for (var position = 1; position <= all.Count; position++)");
        writer.Line("var value = (int)all[position - 1];");
        writer.Line("var slot = value & SlotMask;");
        writer.OpenBlock("while (slots[2 * slot] != 0)");
        writer.Line("slot = (slot + 1) & SlotMask;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("slots[2 * slot] = value;");
        writer.Line("slots[(2 * slot) + 1] = position;");
        writer.CloseBlock();
        EndMethod(writer, "slots");
    }

    /// <summary>
    /// A lookup at the error's position: one table in catalog order (Unknown first). Unlike a switch with a case per
    /// error, this compiles in time linear in the catalog (the compiler's switch lowering is not) and costs a probe
    /// and one array read at run time. The table is unpacked once, at type initialisation, from one string literal:
    /// one token for the whole catalog parses and compiles far faster than an array initializer with a token, a store
    /// and a line per error.
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

        // A probe and one load: small enough to inline, but the JIT's size heuristic declines it unasked, and the
        // call would then cost as much as the lookup.
        writer.Line(Inline);
        writer.Line("public static " + returnType + " " + name + "(this " + EnumName + " error) => " + table + "[PositionOf(error)];");
    }

    /// <summary><c>"unknown|a|b".Split('|')</c>: the texts in catalog order, joined by a character none of them holds.</summary>
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

    /// <summary>Numbers in catalog order (Unknown's none first, empty where an error has none), comma-separated.</summary>
    private string PackedInts(System.Func<ErrorDefinition, string> number)
    {
        var numbers = new System.Text.StringBuilder();
        for (var i = 0; i < _errors.Count; i++)
        {
            Checkpoint(i);
            numbers.Append(',').Append(number(_errors[i]));
        }

        return numbers.ToString();
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
        writer.Line("public static bool " + name + "(this " + EnumName + " error) => (ErrorFlags[PositionOf(error)] & " + Number(bit) + ") != 0;");
    }
}
