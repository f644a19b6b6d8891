namespace SparkAds.Analyzers.Generator.Emit;

/// <summary>
/// The private tables of <c>SparkAdsErrors</c> and their builders: <c>FromCode</c>'s code hash table (see
/// <see cref="CodeHashTable"/>), the key hash table built at type initialisation, the list of all errors and the
/// lists per code, and the UTF-8 forms of non-ASCII keys.
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
            ReturnMatch(writer, Memory + ".SequenceEqual(utf8Key, new " + ReadOnlySpan + "<byte>(s_nonAsciiUtf8[i]))", "(" + EnumName + ")s_nonAsciiKeys[i]");
            writer.CloseBlock();
            EndLookup(writer);

            writer.Line();
            writer.OpenBlock("private static byte[][] CreateNonAsciiUtf8()");
            writer.Line("var keys = new byte[s_nonAsciiKeys.Length][];");
            writer.OpenBlock("for (var i = 0; i < keys.Length; i++)");
            writer.Line("keys[i] = global::System.Text.Encoding.UTF8.GetBytes(" + ExtensionsClassName + ".GetKey((" + EnumName + ")s_nonAsciiKeys[i]));");
            writer.CloseBlock();
            EndMethod(writer, "keys");
        }

        writer.Line();
        writer.OpenBlock("private static " + List + " CreateAll()");
        writer.Line("var all = new " + EnumName + "[ErrorCount];");
        writer.OpenBlock("for (var i = 0; i < all.Length; i++)");
        writer.Line("all[i] = (" + EnumName + ")(i + 1);");
        writer.CloseBlock();
        writer.Line();
        writer.Line("return new " + ReadOnlyList + "(all);");
        writer.CloseBlock();

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
        CodedErrorLoop(writer, "var entry = CodeEntry(code.Value);", "members[entry][counts[entry]++] = (" + EnumName + ")e;");
        writer.Line();
        writer.Line("var lists = new " + List + "[counts.Length];");
        writer.OpenBlock("for (var i = 0; i < lists.Length; i++)");
        writer.Line("lists[i] = new " + ReadOnlyList + "(members[i]);");
        writer.CloseBlock();
        EndMethod(writer, "lists");

        // The key table: bucket bounds first (absolute positions in the same array), then enum values bucket by bucket.
        writer.Line();
        writer.OpenBlock("private static int[] CreateKeyBuckets()");
        writer.Line("const int buckets = 1 << KeyBits;");
        writer.Line("var table = new int[buckets + 1 + ErrorCount];");
        writer.Line("var hashes = new uint[ErrorCount + 1];");
        writer.OpenBlock("for (var e = 1; e <= ErrorCount; e++)");
        writer.Line("uint any;");
        writer.Line("var hash = KeyHash(" + ExtensionsClassName + ".GetKey((" + EnumName + ")e), out any);");
        writer.Line("hashes[e] = hash;");
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
        writer.OpenBlock("for (var e = 1; e <= ErrorCount; e++)");
        writer.Line("table[next[KeyBucket(hashes[e])]++] = e;");
        writer.CloseBlock();
        EndMethod(writer, "table");
    }

    /// <summary>A loop over every error <c>e</c> that runs <paramref name="body"/> for each one that has a <c>code</c>.</summary>
    private static void CodedErrorLoop(SourceWriter writer, params string[] body)
    {
        writer.OpenBlock("for (var e = 1; e <= ErrorCount; e++)");
        writer.Line("var code = " + ExtensionsClassName + ".GetCode((" + EnumName + ")e);");
        writer.OpenBlock("if (code.HasValue)");
        foreach (var line in body)
        {
            writer.Line(line);
        }

        writer.CloseBlock();
        writer.CloseBlock();
    }
}
