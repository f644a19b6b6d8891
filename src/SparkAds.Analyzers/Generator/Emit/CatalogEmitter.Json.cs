using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.Generator.Emit;

/// <summary>
/// <c>SparkAdsErrorJsonConverter</c>, emitted only where the consumer's compilation has System.Text.Json. It
/// reads the key's UTF-8 bytes where the reader holds them (no string is made), unescapes an escaped or
/// segmented value into a stack buffer, maps an unknown key to <c>Unknown</c>, and writes <c>GetKey()</c>. It also
/// reads a number, the member's value, as a setup without the converter writes it (a project without
/// System.Text.Json, whose enum has no converter): values are hashes of keys, the same in every project, so a number
/// the catalog does not know reads as <c>Unknown</c>, as an unknown key does. It uses no reflection, so it works from a
/// source-generated <c>JsonSerializerContext</c> and under trimming/AOT.
/// </summary>
internal sealed partial class CatalogEmitter
{
    private const string Json = "global::System.Text.Json.";

    public string EmitJsonConverter()
    {
        // An escape is at most 6 bytes (\uXXXX) for at least 1 byte it stands for: a longer value cannot be a key.
        var longestKey = 0;
        foreach (var error in _errors)
        {
            longestKey = System.Math.Max(longestKey, System.Text.Encoding.UTF8.GetByteCount(error.Key));
        }

        var writer = BeginType(
            "Reads and writes a SparkAdsError as its catalog key (a JSON string). It also reads a number, the error's value, as JSON written without this converter holds it (a value is a hash of the key, the same in every project). A key or number the catalog does not know reads as Unknown, so new API keys never break deserialization; Unknown writes as \"unknown\". Reading allocates nothing.",
            "public sealed class " + JsonConverterClassName + " : " + Json + "Serialization.JsonConverter<" + EnumName + ">");
        writer.Line("private const int MaxEscapedKeyLength = " + Number(longestKey * 6) + ";");
        writer.Line();
        ReadDocs(writer, "Reads a catalog key, or an error's value.", "The reader, at a string or a number.");
        writer.OpenBlock("public override " + EnumName + " Read(ref " + Json + "Utf8JsonReader reader, global::System.Type typeToConvert, " + Json + "JsonSerializerOptions options)");
        writer.OpenBlock("if (reader.TokenType == " + Json + "JsonTokenType.String)");
        writer.Line("return ReadKey(ref reader);");
        writer.CloseBlock();
        writer.Line();
        writer.Line("int value;");
        writer.OpenBlock("if (reader.TokenType != " + Json + "JsonTokenType.Number || !reader.TryGetInt32(out value))");
        writer.Line("throw new " + Json + "JsonException(\"A Spark Ads error is a JSON string holding its catalog key, or a 32-bit integer holding its value.\");");
        writer.CloseBlock();
        writer.Line();
        writer.Line("// A value the catalog does not know has Unknown's key, which no catalog row can have.");
        writer.Line("var error = (" + EnumName + ")value;");
        EndMethod(writer, "string.Equals(" + ExtensionsClassName + "." + GeneratedNames.GetKeyMethod + "(error), " + Literal(UnknownKey) + ") ? " + EnumName + "." + GeneratedNames.UnknownMember + " : error");

        if (_target.JsonUnescapes)
        {
            // Dictionary keys, so a Dictionary<SparkAdsError, T> keeps working now that the enum names its own converter.
            // The overrides exist from System.Text.Json 6; they are emitted with the unescaping reader (7+).
            writer.Line();
            ReadDocs(writer, "Reads a catalog key used as a property name (a dictionary key).", "The reader, at a property name.");
            writer.Line("public override " + EnumName + " ReadAsPropertyName(ref " + Json + "Utf8JsonReader reader, global::System.Type typeToConvert, " + Json + "JsonSerializerOptions options) => ReadKey(ref reader);");
            writer.Line();
            WriteDocs(writer, "Writes the error's catalog key as a property name (a dictionary key).");
            writer.Line("public override void WriteAsPropertyName(" + Json + "Utf8JsonWriter writer, " + EnumName + " value, " + Json + "JsonSerializerOptions options) => writer.WritePropertyName(" + ExtensionsClassName + "." + GeneratedNames.GetKeyMethod + "(value));");
        }

        writer.Line();
        writer.OpenBlock("private static " + EnumName + " ReadKey(ref " + Json + "Utf8JsonReader reader)");
        writer.Line(EnumName + " error;");
        if (_target.JsonUnescapes)
        {
            writer.OpenBlock("if (!reader.HasValueSequence && !reader.ValueIsEscaped)");
            writer.Line(ErrorsClassName + ".TryParseUtf8(reader.ValueSpan, out error);");
            writer.Line("return error;");
            writer.CloseBlock();
            writer.Line();
            writer.Line("var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;");
            writer.OpenBlock("if (length > MaxEscapedKeyLength)");
            writer.Line("return " + EnumName + "." + GeneratedNames.UnknownMember + ";");
            writer.CloseBlock();
            writer.Line();
            writer.Line("global::System.Span<byte> buffer = stackalloc byte[(int)length];");
            writer.Line("var written = reader.CopyString(buffer);");
            writer.Line(ErrorsClassName + ".TryParseUtf8(buffer.Slice(0, written), out error);");
            writer.Line("return error;");
        }
        else
        {
            // Before System.Text.Json 7 the reader cannot unescape into a buffer: escaped or segmented values go through a string.
            writer.OpenBlock("if (!reader.HasValueSequence && " + Memory + ".IndexOf(reader.ValueSpan, (byte)'\\\\') < 0)");
            writer.Line(ErrorsClassName + ".TryParseUtf8(reader.ValueSpan, out error);");
            writer.Line("return error;");
            writer.CloseBlock();
            writer.Line();
            writer.Line(ErrorsClassName + ".TryParse(reader.GetString(), out error);");
            writer.Line("return error;");
        }

        writer.CloseBlock();
        writer.Line();
        WriteDocs(writer, "Writes the error's catalog key.");
        writer.OpenBlock("public override void Write(" + Json + "Utf8JsonWriter writer, " + EnumName + " value, " + Json + "JsonSerializerOptions options)");
        writer.Line("writer.WriteStringValue(" + ExtensionsClassName + "." + GeneratedNames.GetKeyMethod + "(value));");
        writer.CloseBlock();
        return EndType(writer);
    }

    private static void ReadDocs(SourceWriter writer, string summary, string reader)
    {
        Doc(writer, "summary", summary);
        Doc(writer, "param", "reader", reader);
        Doc(writer, "param", "typeToConvert", "The type to convert (SparkAdsError).");
        Doc(writer, "param", "options", "The serializer options.");
        Doc(writer, "returns", "The error read, or Unknown when the catalog does not know it.");
    }

    private static void WriteDocs(SourceWriter writer, string summary)
    {
        Doc(writer, "summary", summary);
        Doc(writer, "param", "writer", "The writer.");
        Doc(writer, "param", "value", "The error.");
        Doc(writer, "param", "options", "The serializer options.");
    }
}
