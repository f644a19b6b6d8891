using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.Generator.Emit;

/// <summary>
/// The private tables of <c>SparkAdsErrors</c> and their builders: the errors by catalog position, <c>FromCode</c>'s
/// code hash table (see <see cref="CodeHashTable"/>), the list of all errors; and, in the nested <c>Tables</c> class,
/// what is read from the extensions: the keys by position, the key hash table, the lists per code and the UTF-8 forms
/// of non-ASCII keys.
/// </summary>
internal sealed partial class CatalogEmitter
{
    private void EmitErrorsHelpers(SourceWriter writer, CodeHashTable table, bool nonAsciiUtf8)
    {
        writer.Line();
        writer.Line(Inline);
        writer.OpenBlock("private static int CodeEntry(int code)");
        writer.Line("var bucket = (int)(unchecked((uint)code * " + table.Multiplier.ToString(System.Globalization.CultureInfo.InvariantCulture) + "u) >> " + Number(32 - table.Bits) + ");");
        writer.OpenBlock("for (var i = s_codeBuckets[bucket]; i < s_codeBuckets[bucket + 1]; i++)");
        writer.OpenBlock("if (s_codeKeys[i] == code)");
        writer.Line("return i;");
        writer.CloseBlock();
        writer.CloseBlock();
        EndMethod(writer, "-1");

        writer.Line();
        KeyHash(writer, "string", "key");
        if (_target.Spans)
        {
            KeyHash(writer, ReadOnlySpan + "<char>", "key");
            KeyHash(writer, ReadOnlySpan + "<byte>", "utf8Key");
        }

        writer.Line();
        writer.Line(Inline);
        writer.Line("private static int KeyBucket(uint hash) => (int)(unchecked(hash * 2654435769u) >> (32 - KeyBits));");

        if (_target.Spans)
        {
            writer.Line();
            writer.OpenBlock("private static bool AsciiEquals(" + ReadOnlySpan + "<byte> utf8, string text)");
            writer.OpenBlock("for (var i = 0; i < utf8.Length; i++)");
            writer.OpenBlock("if (utf8[i] != text[i])");
            writer.Line("return false;");
            writer.CloseBlock();
            writer.CloseBlock();
            EndMethod(writer, "true");
        }

        if (nonAsciiUtf8)
        {
            writer.Line();
            writer.OpenBlock("private static bool TryParseNonAsciiUtf8(" + ReadOnlySpan + "<byte> utf8Key, out " + EnumName + " error)");
            writer.OpenBlock("for (var i = 0; i < s_nonAsciiKeys.Length; i++)");
            ReturnMatch(writer, Memory + ".SequenceEqual(utf8Key, new " + ReadOnlySpan + "<byte>(Tables.s_nonAsciiUtf8[i]))", "s_errors[s_nonAsciiKeys[i]]");
            writer.CloseBlock();
            EndLookup(writer);
        }

        writer.Line();
        writer.OpenBlock("private static " + EnumName + "[] UnpackErrors(string packed)");
        writer.Line("var values = packed.Split(',');");
        writer.Line("var errors = new " + EnumName + "[values.Length];");
        writer.OpenBlock("for (var i = 0; i < values.Length; i++)");
        writer.Line("errors[i] = (" + EnumName + ")int.Parse(values[i], global::System.Globalization.NumberStyles.None, global::System.Globalization.CultureInfo.InvariantCulture);");
        writer.CloseBlock();
        EndMethod(writer, "errors");

        writer.Line();
        writer.OpenBlock("private static " + List + " CreateAll()");
        writer.Line("var all = new " + EnumName + "[ErrorCount];");
        writer.Line("global::System.Array.Copy(s_errors, 1, all, 0, ErrorCount);");
        writer.Line("return new " + ReadOnlyList + "(all);");
        writer.CloseBlock();

        EmitTablesClass(writer, nonAsciiUtf8);
    }

    /// <summary>
    /// The tables read from <c>SparkAdsErrorExtensions</c>, in a class of their own: the extensions find positions
    /// through <c>All</c>, so <c>SparkAdsErrors</c>' own initialisation must not wait for theirs.
    /// </summary>
    private static void EmitTablesClass(SourceWriter writer, bool nonAsciiUtf8)
    {
        writer.Line();
        Doc(writer, "summary", "The tables read from SparkAdsErrorExtensions (keys and codes by position), in a class of their own: SparkAdsErrorExtensions finds positions through All, so neither type's initialisation waits for the other's.");
        writer.OpenBlock("private static class Tables");
        writer.Line("internal static readonly string[] s_keys = CreateKeys();");
        writer.Line("internal static readonly " + List + "[] s_codeLists = CreateCodeLists();");
        writer.Line("internal static readonly int[] s_keyBuckets = CreateKeyBuckets();");
        if (nonAsciiUtf8)
        {
            writer.Line("internal static readonly byte[][] s_nonAsciiUtf8 = CreateNonAsciiUtf8();");
        }

        writer.Line();
        writer.OpenBlock("private static string[] CreateKeys()");
        writer.Line("var keys = new string[ErrorCount + 1];");
        writer.OpenBlock("for (var position = 0; position <= ErrorCount; position++)");
        writer.Line("keys[position] = " + ExtensionsClassName + "." + GeneratedNames.GetKeyMethod + "(s_errors[position]);");
        writer.CloseBlock();
        EndMethod(writer, "keys");

        writer.Line();
        writer.OpenBlock("private static " + List + "[] CreateCodeLists()");
        writer.Line("var counts = new int[s_codeKeys.Length];");
        CodedErrorLoop(writer, "counts[CodeEntry(code.Value)]++;");
        writer.Line();
        writer.Line("var members = new " + EnumName + "[counts.Length][];");
        writer.OpenBlock("for (var i = 0; i < counts.Length; i++)");
        writer.Line("members[i] = new " + EnumName + "[counts[i]];");
        writer.Line("counts[i] = 0;");
        writer.CloseBlock();
        writer.Line();
        CodedErrorLoop(writer, "var entry = CodeEntry(code.Value);", "members[entry][counts[entry]++] = s_errors[position];");
        writer.Line();
        writer.Line("var lists = new " + List + "[counts.Length];");
        writer.OpenBlock("for (var i = 0; i < lists.Length; i++)");
        writer.Line("lists[i] = new " + ReadOnlyList + "(members[i]);");
        writer.CloseBlock();
        EndMethod(writer, "lists");

        // The key table: bucket bounds first (absolute positions in the same array), then catalog positions bucket by bucket.
        writer.Line();
        writer.OpenBlock("private static int[] CreateKeyBuckets()");
        writer.Line("const int buckets = 1 << KeyBits;");
        writer.Line("var table = new int[buckets + 1 + ErrorCount];");
        writer.Line("var hashes = new uint[ErrorCount + 1];");
        writer.OpenBlock("for (var position = 1; position <= ErrorCount; position++)");
        writer.Line("uint any;");
        writer.Line("var hash = KeyHash(s_keys[position], out any);");
        writer.Line("hashes[position] = hash;");
        writer.Line("table[KeyBucket(hash) + 1]++;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("table[0] = buckets + 1;");
        writer.OpenBlock("for (var b = 0; b < buckets; b++)");
        writer.Line("table[b + 1] += table[b];");
        writer.CloseBlock();
        writer.Line();
        writer.Line("var next = new int[buckets];");
        writer.Line("global::System.Array.Copy(table, next, buckets);");
        writer.OpenBlock("for (var position = 1; position <= ErrorCount; position++)");
        writer.Line("table[next[KeyBucket(hashes[position])]++] = position;");
        writer.CloseBlock();
        EndMethod(writer, "table");

        if (nonAsciiUtf8)
        {
            writer.Line();
            writer.OpenBlock("private static byte[][] CreateNonAsciiUtf8()");
            writer.Line("var keys = new byte[s_nonAsciiKeys.Length][];");
            writer.OpenBlock("for (var i = 0; i < keys.Length; i++)");
            writer.Line("keys[i] = global::System.Text.Encoding.UTF8.GetBytes(s_keys[s_nonAsciiKeys[i]]);");
            writer.CloseBlock();
            EndMethod(writer, "keys");
        }

        writer.CloseBlock();
    }

    /// <summary>A loop over every catalog <c>position</c> that runs <paramref name="body"/> for each error there that has a <c>code</c>.</summary>
    private static void CodedErrorLoop(SourceWriter writer, params string[] body)
    {
        writer.OpenBlock("for (var position = 1; position <= ErrorCount; position++)");
        writer.Line("var code = " + ExtensionsClassName + "." + GeneratedNames.GetCodeMethod + "(s_errors[position]);");
        writer.OpenBlock("if (code.HasValue)");
        foreach (var line in body)
        {
            writer.Line(line);
        }

        writer.CloseBlock();
        writer.CloseBlock();
    }
}
