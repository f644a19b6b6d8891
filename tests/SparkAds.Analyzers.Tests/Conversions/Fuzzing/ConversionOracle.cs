using System.Text.RegularExpressions;

namespace SparkAds.Analyzers.Tests.Conversions.Fuzzing;

/// <summary>
/// The verdict the contract gives a generated case, written from its sentences and the rule pages (docs/rules/SPARK005–007),
/// independently of the analyzer: its own word splitter (a regular expression over the name, where the analyzer scans the
/// name backwards), its own catalog reading (the test CSV's rows), and the generator's knowledge of what each operand is
/// (the analyzer has to find that out from the compiler).
/// </summary>
internal sealed partial class ConversionOracle
{
    private readonly HashSet<long> _codes = [];
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    /// <summary>Reads the catalog from the CSV of <see cref="AnalyzerTestCatalog"/> (columns key, code, …; no quoted fields there).</summary>
    public ConversionOracle(string csv)
    {
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var header = lines[0].Split(',');
        var keyColumn = Array.IndexOf(header, "key");
        var codeColumn = Array.IndexOf(header, "code");
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            _keys.Add(cells[keyColumn]);
            if (long.TryParse(cells[codeColumn], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code))
            {
                _codes.Add(code);
            }
        }
    }

    public IReadOnlyCollection<long> Codes => _codes;

    public IReadOnlyCollection<string> Keys => _keys;

    /// <summary>"words split at case humps, `_` and digits, any case"; the last word made of letters (the rule page's reading of digits).</summary>
    public static string? LastWord(string name)
        => Words().Matches(name).Select(m => m.Value).LastOrDefault(w => w.All(char.IsLetter));

    public static bool LastWordIs(string name, string word) => string.Equals(LastWord(name), word, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "A code: a compile-time constant whose value is a catalog code, however it is spelled (a literal,
    /// SparkAdsErrorCodes.X, a const local or a const field of any class), or a field, property, local or parameter whose
    /// name's last word is code … 0 and default are never codes"; of an integer, enum (not SparkAdsError), object or
    /// dynamic type (SPARK005's page). Issue 31: "a JSON read of a property whose name's last word is code"; "a code stays
    /// a code through .Value, !, GetValueOrDefault() and ?? constant" (the generator's wrappers, and ?? throw, which
    /// leaves the value as it is too).
    /// </summary>
    public bool IsCode(FuzzOperand operand)
    {
        if (operand.IsConstant)
        {
            var value = operand.Constant is long number ? number : 0;
            return value != 0
                   && (_codes.Contains(value)
                       || operand.Kind is OperandKind.ConstLocal or OperandKind.ConstField && LastWordIs(operand.Name, "code") && operand.Type is "int" or "long" or "short");
        }

        if (operand.Kind == OperandKind.JsonRead)
        {
            return IsJson(operand) && LastWordIs(operand.Name, "code");
        }

        return operand.Kind is OperandKind.Parameter or OperandKind.Local or OperandKind.Field or OperandKind.Property or OperandKind.ConditionalProperty
               && LastWordIs(operand.Name, "code")
               && operand.Type is "int" or "long" or "short" or "int?" or "long?" or "object" or "ResultStatus";
    }

    /// <summary>
    /// "A key: a compile-time constant whose value is a catalog key, however it is spelled (a literal,
    /// SparkAdsErrorKeys.X, a const local or field), or a symbol whose name's last word is key …; passing a value as the
    /// key argument of SparkAdsErrors.TryParse or Resolve also makes it one"; declared as string or
    /// ReadOnlySpan&lt;char&gt; (SPARK006's page). Issue 31: the same for a JSON read of text (GetProperty("key").GetString()),
    /// and through ! and ?? constant.
    /// </summary>
    public bool IsKey(FuzzOperand operand, bool passedAsKey)
    {
        if (operand.IsConstant && operand.Constant is string text && _keys.Contains(text))
        {
            return true;
        }

        if (operand.Kind == OperandKind.JsonRead)
        {
            return IsJson(operand) && LastWordIs(operand.Name, "key");
        }

        var symbol = operand.Kind is OperandKind.Parameter or OperandKind.Local or OperandKind.Field or OperandKind.Property or OperandKind.ConditionalProperty
            or OperandKind.ConstLocal or OperandKind.ConstField;
        return symbol && operand.Type is "string" or "ReadOnlySpan<char>" && (LastWordIs(operand.Name, "key") || passedAsKey);
    }

    /// <summary>Whether a read is System.Text.Json's (JsonElement, JsonNode), not the look-alike class of the same shape.</summary>
    private static bool IsJson(FuzzOperand operand) => !operand.Reader!.StartsWith("look.", StringComparison.Ordinal);

    [GeneratedRegex("[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")]
    private static partial Regex Words();
}
