using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.Generator.Emit;

/// <summary>
/// The key search of <c>SparkAdsErrors.TryParse</c>: the key hash, the scan of one bucket, the ignore-case search,
/// and the shared pieces of each lookup's doc comment and ending.
/// </summary>
internal sealed partial class CatalogEmitter
{
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
        OpenKeyBucketLoop(writer);
        ReturnMatch(writer, match, "s_errors[position]");
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
            HashToBucket(writer, key);
            writer.OpenBlock("if (any <= 0x7F)");
            BucketScan(writer, exact);
            writer.Line();
            BucketScan(writer, ignoringCase);
            EndLookup(writer);
            writer.Line();
        }

        writer.OpenBlock("if (TryParse(" + key + ", out error))");
        writer.Line("return true;");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("for (var position = 1; position <= ErrorCount; position++)");
        writer.Line("var candidate = Tables.s_keys[position];");
        ReturnMatch(writer, ignoringCase, "s_errors[position]");
        writer.CloseBlock();
        writer.Line();
        ReturnUnknown(writer);
    }

    private static void ReturnUnknown(SourceWriter writer)
    {
        writer.Line("error = " + EnumName + "." + GeneratedNames.UnknownMember + ";");
        writer.Line("return false;");
    }

    /// <summary><c>any</c> and the key table's <c>bucket</c> of <paramref name="key"/>.</summary>
    private static void HashToBucket(SourceWriter writer, string key)
    {
        writer.Line("uint any;");
        writer.Line("var bucket = KeyBucket(KeyHash(" + key + ", out any));");
    }

    /// <summary>Opens the loop over the errors of <c>bucket</c> (their <c>position</c> and key, <c>candidate</c>); the caller closes it.</summary>
    private static void OpenKeyBucketLoop(SourceWriter writer)
    {
        writer.OpenBlock("for (var i = Tables.s_keyBuckets[bucket]; i < Tables.s_keyBuckets[bucket + 1]; i++)");
        writer.Line("var position = Tables.s_keyBuckets[i];");
        writer.Line("var candidate = Tables.s_keys[position];");
    }

    /// <summary>Where <paramref name="condition"/> holds, sets <c>error</c> to <paramref name="value"/> and returns true.</summary>
    private static void ReturnMatch(SourceWriter writer, string condition, string value)
    {
        writer.OpenBlock("if (" + condition + ")");
        writer.Line("error = " + value + ";");
        writer.Line("return true;");
        writer.CloseBlock();
    }

    /// <summary>After a blank line, the lookup's failure (<c>Unknown</c>, false) and the end of its method.</summary>
    private static void EndLookup(SourceWriter writer)
    {
        writer.Line();
        ReturnUnknown(writer);
        writer.CloseBlock();
    }

    /// <summary>
    /// <c>TryParse(key, out error)</c>, comparing ordinally, and <c>TryParse(key, ignoreCase, out error)</c> for one
    /// key type; a nullable key yields Unknown for null. The ordinal summary is XML already.
    /// </summary>
    private static void TryParseOverloads(SourceWriter writer, KeyLookup key, string ordinalSummary, string ignoreCaseSummary, bool hasNonAsciiKeys)
    {
        writer.Line();
        Doc(writer, "summary", ordinalSummary, raw: true);
        KeyParams(writer, "key", key.Doc, ignoreCase: false);
        writer.OpenBlock("public static bool " + GeneratedNames.TryParseMethod + "(" + key.Type + " " + GeneratedNames.KeyParameter + ", out " + EnumName + " error)");
        if (key.Nullable)
        {
            writer.OpenBlock("if (key != null)");
        }

        HashToBucket(writer, "key");
        BucketScan(writer, key.Exact);
        if (key.Nullable)
        {
            writer.CloseBlock();
        }

        EndLookup(writer);

        writer.Line();
        Doc(writer, "summary", ignoreCaseSummary);
        KeyParams(writer, "key", key.Doc, ignoreCase: true);
        writer.OpenBlock("public static bool " + GeneratedNames.TryParseMethod + "(" + key.Type + " " + GeneratedNames.KeyParameter + ", bool " + GeneratedNames.IgnoreCaseParameter + ", out " + EnumName + " error)");
        writer.OpenBlock(key.Nullable ? "if (!ignoreCase || key == null)" : "if (!ignoreCase)");
        writer.Line("return TryParse(key, out error);");
        writer.CloseBlock();
        writer.Line();
        IgnoreCaseBody(writer, "key", key.Exact, key.IgnoringCase, hasNonAsciiKeys);
        writer.CloseBlock();
    }

    /// <summary>A key parameter of the lookups: its C# type, its doc, and the ordinal and ignore-case tests of a catalog key, <c>candidate</c>, against it.</summary>
    private readonly record struct KeyLookup(string Type, string Doc, string Exact, string IgnoringCase, bool Nullable);
}
