using System.Linq;
using SparkAds.Analyzers.Catalog;
using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.Generator.Emit;

/// <summary>
/// <c>SparkAdsErrors</c>: <c>All</c>, <c>FromCode</c>, <c>TryParse</c> (string, and span and UTF-8 where the target
/// has spans) and <c>Resolve</c>. Errors are held by catalog position, unpacked from their values. Keys are found
/// through a hash table of positions built at type initialisation from <c>GetKey</c>'s table: a rotate-and-xor hash over the key that treats ASCII case alike (so the ordinal and the
/// ignore-case lookups share one table, and a UTF-8 key hashes as its UTF-16 form when it is ASCII), then
/// a multiplicative spread into at least twice as many buckets as keys. Codes use <see cref="CodeHashTable"/>.
/// </summary>
internal sealed partial class CatalogEmitter
{
    public string EmitErrors()
    {
        var count = _errors.Count;
        var nonAscii = Enumerable.Range(0, count).Where(i => _errors[i].Key.Any(static c => c > '\u007F')).Select(i => i + 1).ToList();
        var writer = BeginType("Lookups over the Spark Ads error catalog.", "public static partial class " + ErrorsClassName);

        writer.Line("private const int ErrorCount = " + Number(count) + ";");
        writer.Line("private const int KeyBits = " + Number(CodeHashTable.BitsFor(count)) + ";");

        // Every error by catalog position (Unknown first), unpacked from its value; FromCode's hash table (see
        // CodeHashTable): bucket bounds and each entry's code. The tables read from the extensions are in Tables.
        var codes = _errors.Where(static e => e.Code.HasValue).Select(static e => e.Code!.Value).Distinct().ToList();
        var table = CodeHashTable.Build(codes, _cancellationToken);
        writer.Line("private static readonly " + EnumName + "[] s_errors = UnpackErrors(" + Literal(PackedValues()) + ");");
        writer.Line("private static readonly " + List + " s_all = CreateAll();");
        writer.Line("private static readonly " + List + " s_none = new " + ReadOnlyList + "(new " + EnumName + "[0]);");
        writer.Line("private static readonly int[] s_codeBuckets = " + ArrayOf("int", table.BucketStarts.Select(Number)) + ";");
        writer.Line("private static readonly int[] s_codeKeys = " + ArrayOf("int", table.Order.Select(i => Number(codes[i]))) + ";");
        if (nonAscii.Count > 0 && _target.Spans)
        {
            writer.Line("private static readonly int[] s_nonAsciiKeys = " + ArrayOf("int", nonAscii.Select(Number)) + ";");
        }

        writer.Line();
        Doc(writer, "summary", "Every catalog error in catalog order, without Unknown.");
        writer.Line("public static " + List + " All => s_all;");

        writer.Line();
        Doc(writer, "summary", "Every catalog error with TikTok's numeric error code <paramref name=\"code\"/>; empty when no key has it.", raw: true);
        Doc(writer, "param", "code", "A numeric error code from a Spark Ads API response.");
        Doc(writer, "returns", "The matching errors in catalog order (several keys may share a code), retired ones included. The list is cached; nothing is allocated.");
        writer.OpenBlock("public static " + List + " " + GeneratedNames.FromCodeMethod + "(int " + GeneratedNames.CodeParameter + ")");
        writer.Line("var entry = CodeEntry(code);");
        writer.Line("return entry < 0 ? s_none : Tables.s_codeLists[entry];");
        writer.CloseBlock();

        TryParseOverloads(
            writer,
            new KeyLookup(NullableString, "The key as the Spark Ads API sends it; may be null.", "string.Equals(candidate, key)", "string.Equals(candidate, key, global::System.StringComparison.OrdinalIgnoreCase)", Nullable: true),
            "Finds the error of a notification key such as <c>auth_code_expired</c>, comparing ordinally.",
            "Finds the error of a notification key, optionally ignoring case (ordinal, culture-independent).",
            nonAscii.Count > 0);

        if (_target.Spans)
        {
            EmitSpanLookups(writer, nonAscii.Count > 0);
        }

        writer.Line();
        Doc(writer, "summary", "The error of an API response that carries a key, a code, or both.");
        Doc(writer, "param", "key", "The notification key, or null when the response has none.");
        Doc(writer, "param", "code", "The numeric error code, or null when the response has none.");
        Doc(
            writer,
            "returns",
            "The error of <paramref name=\"key\"/> when the catalog knows it (ordinal). Otherwise the error with <paramref name=\"code\"/>: when several keys share it, the first active one in catalog order, or the first retired one when all are retired. Otherwise Unknown. Nothing is allocated.",
            raw: true);
        writer.OpenBlock("public static " + EnumName + " " + GeneratedNames.ResolveMethod + "(" + NullableString + " " + GeneratedNames.KeyParameter + ", int? " + GeneratedNames.CodeParameter + ")");
        writer.Line(EnumName + " error;");
        writer.OpenBlock("if (TryParse(key, out error) || !code.HasValue)");
        writer.Line("return error;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("var entry = CodeEntry(code.Value);");
        writer.OpenBlock("if (entry < 0)");
        writer.Line("return " + EnumName + "." + GeneratedNames.UnknownMember + ";");
        writer.CloseBlock();
        writer.Line();
        writer.Line("var errors = Tables.s_codeLists[entry];");
        writer.OpenBlock("for (var i = 0; i < errors.Count; i++)");
        writer.OpenBlock("if (!" + ExtensionsClassName + "." + GeneratedNames.IsRetiredMethod + "(errors[i]))");
        writer.Line("return errors[i];");
        writer.CloseBlock();
        writer.CloseBlock();
        EndMethod(writer, "errors[0]");

        EmitErrorsHelpers(writer, table, nonAscii.Count > 0 && _target.Spans);
        return EndType(writer);
    }

    private static void EmitSpanLookups(SourceWriter writer, bool hasNonAsciiKeys)
    {
        TryParseOverloads(
            writer,
            new KeyLookup(ReadOnlySpan + "<char>", "The key's characters.", Memory + ".SequenceEqual(key, " + Memory + ".AsSpan(candidate))", Memory + ".Equals(key, " + Memory + ".AsSpan(candidate), global::System.StringComparison.OrdinalIgnoreCase)", Nullable: false),
            "Finds the error of a notification key held in a span, comparing ordinally; allocates nothing.",
            "Finds the error of a notification key held in a span, optionally ignoring case (ordinal, culture-independent); allocates nothing.",
            hasNonAsciiKeys);

        writer.Line();
        Doc(writer, "summary", "Finds the error of a notification key given as UTF-8 bytes (as a JSON reader holds it), comparing ordinally; allocates nothing.");
        KeyParams(writer, "utf8Key", "The key's UTF-8 bytes.", ignoreCase: false);
        writer.OpenBlock("public static bool TryParseUtf8(" + ReadOnlySpan + "<byte> utf8Key, out " + EnumName + " error)");
        HashToBucket(writer, "utf8Key");
        writer.OpenBlock("if (any > 0x7F)");
        if (hasNonAsciiKeys)
        {
            writer.Line("return TryParseNonAsciiUtf8(utf8Key, out error);");
        }
        else
        {
            writer.Line("// Every catalog key is ASCII.");
            ReturnUnknown(writer);
        }

        writer.CloseBlock();
        writer.Line();
        OpenKeyBucketLoop(writer);
        ReturnMatch(writer, "candidate.Length == utf8Key.Length && AsciiEquals(utf8Key, candidate)", "s_errors[position]");
        writer.CloseBlock();
        EndLookup(writer);
    }
}
