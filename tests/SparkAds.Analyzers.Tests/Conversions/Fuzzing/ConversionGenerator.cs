using System.Text;

namespace SparkAds.Analyzers.Tests.Conversions.Fuzzing;

/// <summary>
/// Random cases in the shapes of SPARK005–SPARK007: casts and <c>Enum.ToObject</c> of codes, <c>Enum.Parse</c> /
/// <c>TryParse</c> of keys, member names (<c>ToString()</c>, <c>Enum.GetName</c>, <c>nameof</c>) compared, passed and
/// assigned; operands are parameters, locals, fields, properties, <c>?.</c> properties and methods, named from three
/// pools (code-like, key-like, other words) and of many types, read as they are or through <c>.Value</c>,
/// <c>GetValueOrDefault()</c>, <c>!</c> or <c>??</c>; constants however they are spelled (literals, generated constants, a
/// user's constants, <c>const</c> locals and fields named from the pools); and JSON reads of named properties (and
/// look-alikes of them). Many do not compile (a cast of a string, a span in a field, <c>.Value</c> of an <c>int</c>): the
/// compiler drops them. The verdict of each comes from <see cref="ConversionOracle"/>.
/// </summary>
internal sealed class ConversionGenerator(int seed, ConversionOracle oracle)
{
    public static readonly string[] CodeNames = ["code", "errorCode", "StatusCode", "ERROR_CODE", "Code", "HTTPCode", "errorCode2", "code_", "responseCode", "keyCode"];
    public static readonly string[] KeyNames = ["key", "ErrorKey", "notification_key", "Key", "apiKEY", "NOTIFICATION_KEY", "Key1", "errorKey", "codeKey"];
    public static readonly string[] OtherNames = ["barcode", "codes", "codeValue", "monkey", "keys", "keyName", "value", "position", "name", "storedName", "text", "encode", "turnkey", "KeyValue"];

    private static readonly string[] CodeTypes = ["int", "long", "short", "int?", "long?", "object", "ResultStatus", "SparkAdsError", "double", "string"];
    private static readonly string[] KeyTypes = ["string", "string", "string", "ReadOnlySpan<char>", "object", "int"];
    private static readonly string[] WrappedCodeTypes = ["int?", "long?", "int?", "long?", "object", "int", "SparkAdsError?"];

    /// <summary>Constants in code positions: catalog codes as literals, generated constants, a user's constants and sums, other numbers, 0, default.</summary>
    private static readonly FuzzOperand[] CodeConstants =
    [
        Constant("4025", 4025L), Constant("4002", 4002L), Constant("SparkAdsErrorCodes.AuthCodeExpired", 4025L),
        Constant("SparkAdsErrorCodes.VideoDeleted", 4002L), Constant("3", 3L), Constant("7", 7L), Constant("4026", 4026L),
        Constant("12345", 12345L), Constant("0", 0L), Constant("default", null), Constant("Cases.Expired", 4025L), Constant("Cases.Other", 7L),
        Constant("(-4025)", -4025L), Constant("(4000 + 25)", 4025L), Constant("(Cases.Expired - 23)", 4002L),
    ];

    /// <summary>Constants in key positions: catalog keys written every way (a user's constant, a concatenation), member names and other words.</summary>
    private static readonly FuzzOperand[] KeyConstants =
    [
        Constant("\"auth_code_expired\"", "auth_code_expired"), Constant("\"video_deleted\"", "video_deleted"),
        Constant("@\"not_public_video\"", "not_public_video"), Constant("\"\"\"video_unavailable\"\"\"", "video_unavailable"),
        Constant("SparkAdsErrorKeys.VideoUnavailable", "video_unavailable"), Constant("SparkAdsErrorKeys.NotPublicVideo", "not_public_video"),
        Constant("\"AuthCodeExpired\"", "AuthCodeExpired"), Constant("\"hello\"", "hello"), Constant("\"Video_Deleted\"", "Video_Deleted"),
        Constant("Cases.Deleted", "video_deleted"), Constant("Cases.Label", "AuthCodeExpired"), Constant("(\"video_\" + \"deleted\")", "video_deleted"),
    ];

    /// <summary>Values of the <c>const</c> locals and fields the cases declare: catalog codes, other numbers, 0.</summary>
    private static readonly long[] NamedCodeValues = [4025, 4002, 7, 0];

    /// <summary>Values of the <c>const</c> locals and fields the cases declare: catalog keys, a member name, another word.</summary>
    private static readonly string[] NamedKeyValues = ["auth_code_expired", "video_deleted", "not_public_video", "AuthCodeExpired", "hello"];

    /// <summary>How a case reads a number from a JSON property (<c>{0}</c>: its name); <c>look</c> is a look-alike of the same shape.</summary>
    public static readonly string[] CodeReaders = ["root.GetProperty(\"{0}\").GetInt32()", "root.GetProperty(\"{0}\").GetInt64()", "node[\"{0}\"]!.GetValue<int>()", "look.GetProperty(\"{0}\").GetInt32()"];

    /// <summary>How a case reads text from a JSON property; <c>look</c> is a look-alike.</summary>
    public static readonly string[] KeyReaders = ["root.GetProperty(\"{0}\").GetString()", "node[\"{0}\"]!.GetValue<string>()", "look.GetProperty(\"{0}\").GetString()"];

    /// <summary>How a case reads a symbol of a code type: as it is (null), or through a nullable's value or a fallback.</summary>
    private static readonly string?[] CodeWrappers = [null, "{0}.Value", "{0}!.Value", "{0}.GetValueOrDefault()", "({0} ?? 0)", "({0} ?? 4002)", "({0} ?? throw new InvalidOperationException())"];

    /// <summary>How a case reads a symbol of a key type: as it is (null), or through a fallback.</summary>
    private static readonly string?[] KeyWrappers = [null, "({0} ?? \"\")", "({0} ?? \"video_deleted\")", "({0} ?? throw new InvalidOperationException())"];

    private readonly Random _random = new(seed);

    public FuzzConversion Next(int id) => _random.Next(3) switch
    {
        0 => CodeCase(id),
        1 => KeyCase(id),
        _ => NameCase(id),
    };

    private FuzzConversion CodeCase(int id)
    {
        var operand = Operand(id, code: true, allowSpan: false);
        (string Text, bool Target)[] shapes =
        [
            ("(SparkAdsError){0}", true), ("(SparkAdsError?){0}", true), ("(SparkAdsError)(int){0}", true), ("(SparkAdsError)({0})", true),
            ("(SparkAdsError)checked((int){0})", true), ("(A){0}", true), ("(A?){0}", true), ("(global::SparkAds.SparkAdsError){0}", true),
            ("(ResultStatus){0}", false), ("(SparkAdsError)Enum.ToObject(typeof(SparkAdsError), {0})", true),
            ("Enum.ToObject(typeof(SparkAdsError), {0})", true), ("(SparkAdsError?)Enum.ToObject(typeof(SparkAdsError), {0})", true),
            ("Enum.ToObject(typeof(ResultStatus), {0})", false), ("System.Enum.ToObject(typeof(A), {0})", true),
        ];
        var (shape, target) = shapes[_random.Next(shapes.Length)];
        var expression = string.Format(CultureInfo.InvariantCulture, shape, operand.Expression);
        var reported = target && oracle.IsCode(operand);
        return Render(id, "code " + shape, Wrap(expression), [operand], [], operand.Form, reported ? "SPARK005" : null, expectFix: true, operand.ToString());
    }

    private FuzzConversion KeyCase(int id)
    {
        var operand = Operand(id, code: false, allowSpan: true);
        (string Text, bool Target, bool Fix)[] shapes =
        [
            ("Enum.Parse<SparkAdsError>({0})", true, true), ("Enum.Parse<SparkAdsError>({0}, true)", true, true),
            ("(SparkAdsError)Enum.Parse(typeof(SparkAdsError), {0})", true, true), ("Enum.Parse(typeof(SparkAdsError), {0})", true, true),
            ("(SparkAdsError?)Enum.Parse(typeof(SparkAdsError), {0}, ignoreCase: true)", true, true),
            ("Enum.TryParse<SparkAdsError>({0}, out var r)", true, true), ("Enum.TryParse({0}, out SparkAdsError r)", true, true),
            ("Enum.TryParse<SparkAdsError>({0}, true, out var r)", true, true), ("Enum.TryParse<A>(value: {0}, result: out A r)", true, true),
            ("Enum.TryParse(typeof(SparkAdsError), {0}, out object? r)", true, false), ("Enum.Parse<ResultStatus>({0})", false, true),
            ("Enum.TryParse<ResultStatus>({0}, out var r)", false, true),
        ];
        var (shape, target, fix) = shapes[_random.Next(shapes.Length)];
        var passed = operand.IsSymbol && _random.Next(4) == 0;
        List<string> statements = passed ? ["SparkAdsErrors.TryParse(" + operand.Expression + ", out _);"] : [];
        var expression = string.Format(CultureInfo.InvariantCulture, shape, operand.Expression);
        var reported = target && oracle.IsKey(operand, passed);
        return Render(id, "key " + shape, Wrap(expression), [operand], statements, operand.Form, reported ? "SPARK006" : null, fix, operand + (passed ? ", passed as a key" : string.Empty));
    }

    private FuzzConversion NameCase(int id)
    {
        (string Text, bool IsName, bool Constant)[] values =
        [
            ("e.ToString()", true, false), ("n.ToString()", true, false), ("n?.ToString()", true, false),
            ("Enum.GetName(typeof(SparkAdsError), e)", true, false), ("Enum.GetName<SparkAdsError>(e)", true, false), ("Enum.GetName(e)", true, false),
            ("nameof(SparkAdsError.VideoDeleted)", true, true), ("nameof(A.AuthCodeExpired)", true, true), ("nameof(SparkAdsError.Unknown)", true, true),
            ("s.ToString()", false, false), ("e.ToString(\"G\")", false, false), ("nameof(ResultStatus.Ok)", false, true),
        ];
        var (value, isName, isConstant) = values[_random.Next(values.Length)];
        var key = Operand(id, code: false, allowSpan: false);
        var passed = key.IsSymbol && _random.Next(5) == 0;
        List<string> statements = passed ? ["SparkAdsErrors.TryParse(" + key.Expression + ", out _);"] : [];
        var keyIsKey = oracle.IsKey(key, passed);
        var word = Pick(_random.Next(3) switch { 0 => KeyNames, 1 => CodeNames, _ => OtherNames });
        List<FuzzOperand> operands = [key];
        string body;
        bool usedAsKey;
        switch (_random.Next(13))
        {
            case 0: body = $"return {value} == {key.Expression};"; usedAsKey = keyIsKey; break;
            case 1: body = $"return {key.Expression} != {value};"; usedAsKey = keyIsKey; break;
            case 2: body = $"return string.Equals({value}, {key.Expression});"; usedAsKey = keyIsKey; break;
            case 3: body = $"return ({value}).Equals({key.Expression});"; usedAsKey = keyIsKey; break;
            case 4: body = $"return {key.Expression}.Equals({value});"; usedAsKey = keyIsKey; break;
            case 5 when key.Kind == OperandKind.Constant: body = $"return {value} is {key.Expression};"; usedAsKey = keyIsKey; break;
            case 6: body = $"Take({value}); return null;"; statements.Insert(0, $"static void Take(string {word}) {{ }}"); usedAsKey = ConversionOracle.LastWordIs(word, "key"); operands.Clear(); break;
            case 7: body = $"SparkAdsErrors.TryParse({value}, out _); return null;"; usedAsKey = true; operands.Clear(); break;
            case 8: body = $"return SparkAdsErrors.Resolve({value}, null);"; usedAsKey = true; operands.Clear(); break;
            case 9: body = $"string {word} = {value}; return {word};"; usedAsKey = ConversionOracle.LastWordIs(word, "key"); operands.Clear(); break;
            case 10: body = $"h.{word} = {value}; return h;"; usedAsKey = ConversionOracle.LastWordIs(word, "key"); operands = [new FuzzOperand(OperandKind.Property, word, "string")]; break;
            case 11 when key.Kind == OperandKind.Constant: body = $"switch ({value}) {{ case {key.Expression}: return 1; }} return 0;"; usedAsKey = keyIsKey; break;
            case 12 when isConstant: body = $"switch ({key.Expression}) {{ case {value}: return 1; }} return 0;"; usedAsKey = keyIsKey; break;
            default: body = $"return {value} == {key.Expression};"; usedAsKey = keyIsKey; break;
        }

        if (operands.Count == 0)
        {
            statements.RemoveAll(s => s.StartsWith("SparkAdsErrors.TryParse(" + key.Expression, StringComparison.Ordinal));
        }

        var reported = isName && usedAsKey;
        return Render(id, "name " + value, body, operands, statements, operands.Contains(key) ? key.Form : "member name", reported ? "SPARK007" : null, expectFix: true, $"{value}; {body}; key {key}" + (passed ? ", passed as a key" : string.Empty));
    }

    /// <summary>
    /// A code (<paramref name="code"/>) or key operand: a constant as written; a <c>const</c> local or field or a symbol,
    /// named from one of the pools (mostly the rule's own), the symbol of one of the rule's types, read through a wrapper
    /// one time in three; or a JSON read of a property named from the pools.
    /// </summary>
    private FuzzOperand Operand(int id, bool code, bool allowSpan)
    {
        var choice = _random.Next(8);
        if (choice < 2)
        {
            return code ? CodeConstants[_random.Next(CodeConstants.Length)] : KeyConstants[_random.Next(KeyConstants.Length)];
        }

        var name = Pick(_random.Next(5) switch { 0 or 1 or 2 => code ? CodeNames : KeyNames, 3 => code ? KeyNames : CodeNames, _ => OtherNames });
        if (choice == 2)
        {
            var kind = _random.Next(2) == 0 ? OperandKind.ConstLocal : OperandKind.ConstField;
            object value = code ? NamedCodeValues[_random.Next(NamedCodeValues.Length)] : NamedKeyValues[_random.Next(NamedKeyValues.Length)];
            var constType = code ? Pick(["int", "long", "short"]) : "string";
            return new FuzzOperand(kind, name, constType, value) { Owner = "H" + id.ToString(CultureInfo.InvariantCulture) };
        }

        if (choice == 3)
        {
            return new FuzzOperand(OperandKind.JsonRead, name, string.Empty) { Reader = Pick(code ? CodeReaders : KeyReaders) };
        }

        var wrappers = code ? CodeWrappers : KeyWrappers;
        var wrapper = _random.Next(3) == 0 ? wrappers[1 + _random.Next(wrappers.Length - 1)] : null;

        // Most wrappers of a code read a nullable: those types mostly, so that many such cases compile.
        var type = Pick(code ? wrapper is null ? CodeTypes : WrappedCodeTypes : KeyTypes);
        var symbolKind = (OperandKind)_random.Next(6);
        if (type == "ReadOnlySpan<char>" && (!allowSpan || symbolKind is not (OperandKind.Parameter or OperandKind.Local)))
        {
            type = "string";
        }

        return new FuzzOperand(symbolKind, name, type) { Wrapper = wrapper };
    }

    private string Pick(string[] pool) => pool[_random.Next(pool.Length)];

    /// <summary>The expression returned as it is, or with a call on it (the fix must then keep it one operand).</summary>
    private string Wrap(string expression) => _random.Next(3) == 0 ? $"return ({expression}).GetHashCode();" : $"return {expression};";

    private static FuzzOperand Constant(string text, object? value) => new(OperandKind.Constant, text, string.Empty, value);

    private static FuzzConversion Render(int id, string shape, string body, IReadOnlyList<FuzzOperand> operands, List<string> statements, string form, string? expectedId, bool expectFix, string description)
    {
        var holder = "H" + id.ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.Append("    public sealed class ").Append(holder).Append(" { ");
        foreach (var member in operands.Select(o => o.Member).Where(m => m is not null).Distinct())
        {
            text.Append(member).Append(' ');
        }

        text.Append("}\n");
        var parameters = new List<string> { (operands.Any(o => o.Kind == OperandKind.ConditionalProperty) ? holder + "?" : holder) + " h", "SparkAdsError e", "SparkAdsError? n", "ResultStatus s", "JsonElement root", "JsonNode node", "Lookalike look" };
        parameters.AddRange(operands.Where(o => o.Kind == OperandKind.Parameter).Select(o => o.Type + " " + o.Name));
        text.Append("    public static object? M").Append(id.ToString(CultureInfo.InvariantCulture)).Append('(').Append(string.Join(", ", parameters)).Append(")\n    {\n");
        foreach (var declaration in operands.Select(o => o.Declaration).Where(d => d is not null))
        {
            text.Append("        ").Append(declaration).Append('\n');
        }

        foreach (var statement in statements)
        {
            text.Append("        ").Append(statement).Append('\n');
        }

        text.Append("        ").Append(body).Append("\n    }\n");
        return new FuzzConversion(id, shape, text.ToString(), form, expectedId, expectFix, description);
    }
}
