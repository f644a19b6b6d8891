using System.Linq;
using SparkAds.Analyzers.Catalog;

namespace SparkAds.Analyzers.Generator.Emit;

/// <summary>
/// <c>SparkAdsErrors</c>: <c>All</c>, <c>FromCode</c>, <c>TryParse</c> (string, and span and UTF-8 where the target
/// has spans) and <c>Resolve</c>. Keys are found through a hash table built at type initialisation from
/// <c>GetKey</c>'s table: a rotate-and-xor hash over the key that treats ASCII case alike (so the ordinal and the
/// ignore-case lookups share one table, and a UTF-8 key hashes as its UTF-16 form when it is ASCII), then
/// a multiplicative spread into at least twice as many buckets as keys. Codes use <see cref="CodeHashTable"/>.
/// </summary>
internal sealed partial class CatalogEmitter
{
    public string EmitErrors()
    {
        var writer = Begin();
        var count = _errors.Count;
        var nonAscii = Enumerable.Range(0, count).Where(i => _errors[i].Key.Any(static c => c > '\u007F')).Select(i => i + 1).ToList();
        var keyBits = 1;
        while ((1 << keyBits) < count * 2)
        {
            keyBits++;
        }

        Doc(writer, "summary", "Lookups over the Spark Ads error catalog.");
        GeneratedCode(writer);
        writer.OpenBlock("public static partial class " + ErrorsClassName);

        writer.Line("private const int ErrorCount = " + Number(count) + ";");
        writer.Line("private const int KeyBits = " + Number(keyBits) + ";");

        // FromCode's hash table (see CodeHashTable): bucket bounds and each entry's code; the lists are built from GetCode.
        var codes = _errors.Where(static e => e.Code.HasValue).Select(static e => e.Code!.Value).Distinct().ToList();
        var table = CodeHashTable.Build(codes, _cancellationToken);
        writer.Line("private static readonly " + List + " s_all = CreateAll();");
        writer.Line("private static readonly " + List + " s_none = new " + ReadOnlyList + "(new " + EnumName + "[0]);");
        writer.Line("private static readonly int[] s_codeBuckets = " + ArrayOf("int", table.BucketStarts.Select(Number)) + ";");
        writer.Line("private static readonly int[] s_codeKeys = " + ArrayOf("int", table.Order.Select(i => Number(codes[i]))) + ";");
        writer.Line("private static readonly " + List + "[] s_codeLists = CreateCodeLists();");
        writer.Line("private static readonly int[] s_keyBuckets = CreateKeyBuckets();");
        if (nonAscii.Count > 0 && _target.Spans)
        {
            writer.Line("private static readonly int[] s_nonAsciiKeys = " + ArrayOf("int", nonAscii.Select(Number)) + ";");
            writer.Line("private static readonly byte[][] s_nonAsciiUtf8 = CreateNonAsciiUtf8();");
        }

        writer.Line();
        Doc(writer, "summary", "Every catalog error in catalog order, without Unknown.");
        writer.Line("public static " + List + " All => s_all;");

        writer.Line();
        Doc(writer, "summary", "Every catalog error with TikTok's numeric error code <paramref name=\"code\"/>; empty when no key has it.", raw: true);
        Doc(writer, "param", "code", "A numeric error code from a Spark Ads API response.");
        Doc(writer, "returns", "The matching errors in catalog order (several keys may share a code), retired ones included. The list is cached; nothing is allocated.");
        writer.OpenBlock("public static " + List + " FromCode(int code)");
        writer.Line("var entry = CodeEntry(code);");
        writer.Line("return entry < 0 ? s_none : s_codeLists[entry];");
        writer.CloseBlock();

        writer.Line();
        Doc(writer, "summary", "Finds the error of a notification key such as <c>auth_code_expired</c>, comparing ordinally.", raw: true);
        KeyParams(writer, "key", "The key as the Spark Ads API sends it; may be null.", ignoreCase: false);
        writer.OpenBlock("public static bool TryParse(" + NullableString + " key, out " + EnumName + " error)");
        writer.OpenBlock("if (key != null)");
        writer.Line("uint any;");
        writer.Line("var bucket = KeyBucket(KeyHash(key, out any));");
        BucketScan(writer, "string.Equals(" + ExtensionsClassName + ".GetKey(candidate), key)");
        writer.CloseBlock();
        writer.Line();
        ReturnUnknown(writer);
        writer.CloseBlock();

        writer.Line();
        Doc(writer, "summary", "Finds the error of a notification key, optionally ignoring case (ordinal, culture-independent).");
        KeyParams(writer, "key", "The key as the Spark Ads API sends it; may be null.", ignoreCase: true);
        writer.OpenBlock("public static bool TryParse(" + NullableString + " key, bool ignoreCase, out " + EnumName + " error)");
        writer.OpenBlock("if (!ignoreCase || key == null)");
        writer.Line("return TryParse(key, out error);");
        writer.CloseBlock();
        writer.Line();
        IgnoreCaseBody(writer, "key", "string.Equals(" + ExtensionsClassName + ".GetKey(candidate), key)", "string.Equals(" + ExtensionsClassName + ".GetKey(candidate), key, global::System.StringComparison.OrdinalIgnoreCase)", nonAscii.Count > 0);
        writer.CloseBlock();

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
        writer.OpenBlock("public static " + EnumName + " Resolve(" + NullableString + " key, int? code)");
        writer.Line(EnumName + " error;");
        writer.OpenBlock("if (TryParse(key, out error) || !code.HasValue)");
        writer.Line("return error;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("var entry = CodeEntry(code.Value);");
        writer.OpenBlock("if (entry < 0)");
        writer.Line("return " + EnumName + ".Unknown;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("var errors = s_codeLists[entry];");
        writer.OpenBlock("for (var i = 0; i < errors.Count; i++)");
        writer.OpenBlock("if (!" + ExtensionsClassName + ".IsRetired(errors[i]))");
        writer.Line("return errors[i];");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();
        writer.Line("return errors[0];");
        writer.CloseBlock();

        EmitErrorsHelpers(writer, table, nonAscii.Count > 0 && _target.Spans);
        writer.CloseBlock();
        return End(writer);
    }

    private static void EmitSpanLookups(SourceWriter writer, bool hasNonAsciiKeys)
    {
        writer.Line();
        Doc(writer, "summary", "Finds the error of a notification key held in a span, comparing ordinally; allocates nothing.");
        KeyParams(writer, "key", "The key's characters.", ignoreCase: false);
        writer.OpenBlock("public static bool TryParse(" + ReadOnlySpan + "<char> key, out " + EnumName + " error)");
        writer.Line("uint any;");
        writer.Line("var bucket = KeyBucket(KeyHash(key, out any));");
        BucketScan(writer, Memory + ".SequenceEqual(key, " + Memory + ".AsSpan(" + ExtensionsClassName + ".GetKey(candidate)))");
        writer.Line();
        ReturnUnknown(writer);
        writer.CloseBlock();

        writer.Line();
        Doc(writer, "summary", "Finds the error of a notification key held in a span, optionally ignoring case (ordinal, culture-independent); allocates nothing.");
        KeyParams(writer, "key", "The key's characters.", ignoreCase: true);
        writer.OpenBlock("public static bool TryParse(" + ReadOnlySpan + "<char> key, bool ignoreCase, out " + EnumName + " error)");
        writer.OpenBlock("if (!ignoreCase)");
        writer.Line("return TryParse(key, out error);");
        writer.CloseBlock();
        writer.Line();
        IgnoreCaseBody(writer, "key", Memory + ".SequenceEqual(key, " + Memory + ".AsSpan(" + ExtensionsClassName + ".GetKey(candidate)))", Memory + ".Equals(key, " + Memory + ".AsSpan(" + ExtensionsClassName + ".GetKey(candidate)), global::System.StringComparison.OrdinalIgnoreCase)", hasNonAsciiKeys);
        writer.CloseBlock();

        writer.Line();
        Doc(writer, "summary", "Finds the error of a notification key given as UTF-8 bytes (as a JSON reader holds it), comparing ordinally; allocates nothing.");
        KeyParams(writer, "utf8Key", "The key's UTF-8 bytes.", ignoreCase: false);
        writer.OpenBlock("public static bool TryParseUtf8(" + ReadOnlySpan + "<byte> utf8Key, out " + EnumName + " error)");
        writer.Line("uint any;");
        writer.Line("var bucket = KeyBucket(KeyHash(utf8Key, out any));");
        writer.OpenBlock("if (any > 0x7F)");
        if (hasNonAsciiKeys)
        {
            writer.Line("return TryParseNonAsciiUtf8(utf8Key, out error);");
        }
        else
        {
            writer.Line("// Every catalog key is ASCII.");
            writer.Line("error = " + EnumName + ".Unknown;");
            writer.Line("return false;");
        }

        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("for (var i = s_keyBuckets[bucket]; i < s_keyBuckets[bucket + 1]; i++)");
        writer.Line("var candidate = (" + EnumName + ")s_keyBuckets[i];");
        writer.Line("var text = " + ExtensionsClassName + ".GetKey(candidate);");
        writer.OpenBlock("if (text.Length == utf8Key.Length && AsciiEquals(utf8Key, text))");
        writer.Line("error = candidate;");
        writer.Line("return true;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();
        ReturnUnknown(writer);
        writer.CloseBlock();
    }

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
        writer.Line();
        writer.Line("return -1;");
        writer.CloseBlock();

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
            writer.Line();
            writer.Line("return true;");
            writer.CloseBlock();
        }

        if (nonAsciiUtf8)
        {
            writer.Line();
            writer.OpenBlock("private static bool TryParseNonAsciiUtf8(" + ReadOnlySpan + "<byte> utf8Key, out " + EnumName + " error)");
            writer.OpenBlock("for (var i = 0; i < s_nonAsciiKeys.Length; i++)");
            writer.OpenBlock("if (" + Memory + ".SequenceEqual(utf8Key, new " + ReadOnlySpan + "<byte>(s_nonAsciiUtf8[i])))");
            writer.Line("error = (" + EnumName + ")s_nonAsciiKeys[i];");
            writer.Line("return true;");
            writer.CloseBlock();
            writer.CloseBlock();
            writer.Line();
            ReturnUnknown(writer);
            writer.CloseBlock();

            writer.Line();
            writer.OpenBlock("private static byte[][] CreateNonAsciiUtf8()");
            writer.Line("var keys = new byte[s_nonAsciiKeys.Length][];");
            writer.OpenBlock("for (var i = 0; i < keys.Length; i++)");
            writer.Line("keys[i] = global::System.Text.Encoding.UTF8.GetBytes(" + ExtensionsClassName + ".GetKey((" + EnumName + ")s_nonAsciiKeys[i]));");
            writer.CloseBlock();
            writer.Line();
            writer.Line("return keys;");
            writer.CloseBlock();
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
        writer.OpenBlock("for (var e = 1; e <= ErrorCount; e++)");
        writer.Line("var code = " + ExtensionsClassName + ".GetCode((" + EnumName + ")e);");
        writer.OpenBlock("if (code.HasValue)");
        writer.Line("counts[CodeEntry(code.Value)]++;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();
        writer.Line("var members = new " + EnumName + "[counts.Length][];");
        writer.OpenBlock("for (var i = 0; i < counts.Length; i++)");
        writer.Line("members[i] = new " + EnumName + "[counts[i]];");
        writer.Line("counts[i] = 0;");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("for (var e = 1; e <= ErrorCount; e++)");
        writer.Line("var code = " + ExtensionsClassName + ".GetCode((" + EnumName + ")e);");
        writer.OpenBlock("if (code.HasValue)");
        writer.Line("var entry = CodeEntry(code.Value);");
        writer.Line("members[entry][counts[entry]++] = (" + EnumName + ")e;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();
        writer.Line("var lists = new " + List + "[counts.Length];");
        writer.OpenBlock("for (var i = 0; i < lists.Length; i++)");
        writer.Line("lists[i] = new " + ReadOnlyList + "(members[i]);");
        writer.CloseBlock();
        writer.Line();
        writer.Line("return lists;");
        writer.CloseBlock();

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
        writer.Line();
        writer.Line("return table;");
        writer.CloseBlock();
    }

    private static void KeyParams(SourceWriter writer, string name, string text, bool ignoreCase)
    {
        Doc(writer, "param", name, text);
        if (ignoreCase)
        {
            Doc(writer, "param", "ignoreCase", "Whether to compare with OrdinalIgnoreCase.");
        }

        Doc(writer, "param", "error", "The error, or Unknown when no key matches.");
        Doc(writer, "returns", "Whether a catalog key matched.");
    }

    /// <summary>
    /// The key hash, the same for a string, its span and its UTF-8 bytes when it is ASCII: the length, then two
    /// independent rotate-and-xor chains over the even and the odd code units (short dependency chains: about one
    /// cycle per character), each unit with bit 5 set so that ASCII letters hash alike in either case. Other pairs
    /// merge too ('_' with DEL): only the bucket depends on it; every match is decided by comparing the key.
    /// <c>any</c> is every unit or-ed together: above 0x7F the input is not ASCII.
    /// </summary>
    private static void KeyHash(SourceWriter writer, string type, string name)
    {
        writer.Line();
        writer.Line(Inline);
        writer.OpenBlock("private static uint KeyHash(" + type + " " + name + ", out uint any)");
        writer.Line("uint even = (uint)" + name + ".Length, odd = 0x9E3779B9u, units = 0;");
        writer.Line("var i = 0;");
        writer.OpenBlock("for (; i + 1 < " + name + ".Length; i += 2)");
        writer.Line("uint a = " + name + "[i], b = " + name + "[i + 1];");
        writer.Line("units |= a | b;");
        writer.Line("even = ((even << 5) | (even >> 27)) ^ (a | 0x20u);");
        writer.Line("odd = ((odd << 7) | (odd >> 25)) ^ (b | 0x20u);");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("if (i < " + name + ".Length)");
        writer.Line("uint a = " + name + "[i];");
        writer.Line("units |= a;");
        writer.Line("even = ((even << 5) | (even >> 27)) ^ (a | 0x20u);");
        writer.CloseBlock();
        writer.Line();
        writer.Line("any = units;");
        writer.Line("return even ^ ((odd << 16) | (odd >> 16));");
        writer.CloseBlock();
    }

    private static void BucketScan(SourceWriter writer, string match)
    {
        writer.OpenBlock("for (var i = s_keyBuckets[bucket]; i < s_keyBuckets[bucket + 1]; i++)");
        writer.Line("var candidate = (" + EnumName + ")s_keyBuckets[i];");
        writer.OpenBlock("if (" + match + ")");
        writer.Line("error = candidate;");
        writer.Line("return true;");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    /// <summary>
    /// The ignore-case search: an exact match first, then the first key in catalog order that matches ignoring
    /// case. ASCII input against ASCII keys: the hash treats ASCII case alike, so one bucket holds every candidate.
    /// Non-ASCII input, or a catalog with non-ASCII keys: ordinal case-insensitive equality folds more than ASCII,
    /// so every key is compared (rare; still allocation-free).
    /// </summary>
    private static void IgnoreCaseBody(SourceWriter writer, string key, string exact, string ignoringCase, bool hasNonAsciiKeys)
    {
        if (!hasNonAsciiKeys)
        {
            writer.Line("uint any;");
            writer.Line("var bucket = KeyBucket(KeyHash(" + key + ", out any));");
            writer.OpenBlock("if (any <= 0x7F)");
            BucketScan(writer, exact);
            writer.Line();
            BucketScan(writer, ignoringCase);
            writer.Line();
            ReturnUnknown(writer);
            writer.CloseBlock();
            writer.Line();
        }

        writer.OpenBlock("if (TryParse(" + key + ", out error))");
        writer.Line("return true;");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("for (var e = 1; e <= ErrorCount; e++)");
        writer.Line("var candidate = (" + EnumName + ")e;");
        writer.OpenBlock("if (" + ignoringCase + ")");
        writer.Line("error = candidate;");
        writer.Line("return true;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();
        ReturnUnknown(writer);
    }

    private static void ReturnUnknown(SourceWriter writer)
    {
        writer.Line("error = " + EnumName + ".Unknown;");
        writer.Line("return false;");
    }
}
