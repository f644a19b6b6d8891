using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace SparkAds.Analyzers.Benchmarks;

/// <summary>
/// The generated lookups (built-in catalog, generated into this app) against what a team would write by hand
/// on the same data: Dictionary lookups and Enum.ToString / Enum.TryParse. Each benchmark walks the whole
/// catalog so no single branch is predicted; one baseline per category.
/// Keys are fresh string copies: API responses are never the interned literals of the generated switch.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LookupBenchmarks
{
    /// <summary>Short but stable runs; builds keep shared compilation and node reuse off (shared machine).</summary>
    public static IConfig Config { get; } = DefaultConfig.Instance
        .AddJob(Job.Default
            .WithWarmupCount(4)
            .WithIterationCount(12)
            .WithArguments([new MsBuildArgument("/p:UseSharedCompilation=false"), new MsBuildArgument("/nodeReuse:false")])
            .AsDefault());

    /// <summary>Lookups per invocation of the O(1) lookups: straight-line code, no loop to dilute a ~1 ns lookup.</summary>
    private const int Unrolled = 8;

    /// <summary>Keys or codes per invocation of the parse benchmarks (a loop over <see cref="LookupSet"/> inputs).</summary>
    private const int Looped = LookupSet;
    private const int LookupSet = 16;

    private SparkAdsError[] _errors = [];
    private SparkAdsError _e0, _e1, _e2, _e3, _e4, _e5, _e6, _e7;
    private Dictionary<SparkAdsError, string> _messages = [];
    private Dictionary<SparkAdsError, string> _remedies = [];
    private Dictionary<SparkAdsError, string> _keys = [];
    private Dictionary<SparkAdsError, int?> _codes = [];
    private static readonly IReadOnlyList<SparkAdsError> s_noErrors = new List<SparkAdsError>().AsReadOnly();
    private Dictionary<int, IReadOnlyList<SparkAdsError>> _byCode = [];
    private Dictionary<string, SparkAdsError> _byKey = [];
    private Dictionary<string, SparkAdsError> _byKeyIgnoreCase = [];
    private int[] _hitCodes = [];
    private int[] _missCodes = [];
    private string[] _hitKeys = [];
    private string[] _missKeys = [];
    private string[] _upperHitKeys = [];
    private string[] _upperMissKeys = [];
    private string[] _memberNames = [];
    private string[] _missMemberNames = [];
    private string[] _upperMemberNames = [];
    private string[] _upperMissMemberNames = [];
    private byte[][] _utf8HitKeys = [];
    private byte[][] _utf8MissKeys = [];
    private byte[][] _jsonKeys = [];
    private byte[][] _jsonMissKeys = [];
    private System.Text.Json.JsonSerializerOptions _stringEnumOptions = new();
    private System.Text.Json.JsonSerializerOptions _generatedConverterOptions = new();

    [GlobalSetup]
    public void Setup()
    {
        _errors = [.. SparkAdsErrors.All];
        (_e0, _e1, _e2, _e3, _e4, _e5, _e6, _e7) = (_errors[0], _errors[2], _errors[4], _errors[6], _errors[8], _errors[10], _errors[12], _errors[14]);
        _messages = _errors.ToDictionary(static e => e, static e => e.GetMessage());
        _remedies = _errors.ToDictionary(static e => e, static e => e.GetRemedy());
        _keys = _errors.ToDictionary(static e => e, static e => e.GetKey());
        _codes = _errors.ToDictionary(static e => e, static e => e.GetCode());
        _byCode = _errors.Where(static e => e.GetCode().HasValue)
            .GroupBy(static e => e.GetCode()!.Value)
            .ToDictionary(static g => g.Key, static g => (IReadOnlyList<SparkAdsError>)g.ToList().AsReadOnly());
        _byKey = _errors.ToDictionary(static e => e.GetKey(), StringComparer.Ordinal);
        _byKeyIgnoreCase = _errors.ToDictionary(static e => e.GetKey(), StringComparer.OrdinalIgnoreCase);

        _hitCodes = Cycle(_byCode.Keys);
        _missCodes = Cycle(_hitCodes.Select(static c => c + 1).Where(c => !_byCode.ContainsKey(c)));
        _hitKeys = Cycle(_errors.Select(static e => Copy(e.GetKey())));

        // Misses of the same length (last letter changed) and of other lengths: both paths of a switch on strings.
        _missKeys = Cycle(_errors.SelectMany(static e => new[] { Copy(e.GetKey()[..^1] + "x"), Copy(e.GetKey() + "_v2") }));
        _upperHitKeys = [.. _hitKeys.Select(static k => k.ToUpperInvariant())];
        _upperMissKeys = [.. _missKeys.Select(static k => k.ToUpperInvariant())];
        _memberNames = Cycle(_errors.Select(static e => Copy(e.ToString())));
        _missMemberNames = Cycle(_memberNames.SelectMany(static n => new[] { Copy(n[..^1] + "x"), Copy(n + "V2") }));
        _upperMemberNames = [.. _memberNames.Select(static n => n.ToUpperInvariant())];
        _upperMissMemberNames = [.. _missMemberNames.Select(static n => n.ToUpperInvariant())];
        _utf8HitKeys = [.. _hitKeys.Select(System.Text.Encoding.UTF8.GetBytes)];
        _utf8MissKeys = [.. _missKeys.Select(System.Text.Encoding.UTF8.GetBytes)];

        // JSON: the same snake_case keys, read by the generated converter (the enum's attribute) and by
        // System.Text.Json's own JsonStringEnumConverter with the snake_case naming policy (options win over the attribute).
        _jsonKeys = [.. _hitKeys.Select(static k => System.Text.Encoding.UTF8.GetBytes("\"" + k + "\""))];
        _jsonMissKeys = [.. _missKeys.Select(static k => System.Text.Encoding.UTF8.GetBytes("\"" + k + "\""))];
        _stringEnumOptions = new System.Text.Json.JsonSerializerOptions { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) } };
        _generatedConverterOptions = new System.Text.Json.JsonSerializerOptions();
    }

    private static string Copy(string text) => new(text.AsSpan());

    /// <summary>Exactly <see cref="LookupSet"/> inputs, repeating the source as needed, so per-lookup times are exact.</summary>
    private static T[] Cycle<T>(IEnumerable<T> source)
    {
        var items = source.ToArray();
        return [.. Enumerable.Range(0, LookupSet).Select(i => items[i % items.Length])];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Unrolled), BenchmarkCategory("GetMessage")]
    public int GetMessage_Dictionary()
        => _messages[_e0].Length + _messages[_e1].Length + _messages[_e2].Length + _messages[_e3].Length + _messages[_e4].Length + _messages[_e5].Length + _messages[_e6].Length + _messages[_e7].Length;

    [Benchmark(OperationsPerInvoke = Unrolled), BenchmarkCategory("GetMessage")]
    public int GetMessage_Generated()
        => _e0.GetMessage().Length + _e1.GetMessage().Length + _e2.GetMessage().Length + _e3.GetMessage().Length + _e4.GetMessage().Length + _e5.GetMessage().Length + _e6.GetMessage().Length + _e7.GetMessage().Length;

    [Benchmark(Baseline = true, OperationsPerInvoke = Unrolled), BenchmarkCategory("GetRemedy")]
    public int GetRemedy_Dictionary()
        => _remedies[_e0].Length + _remedies[_e1].Length + _remedies[_e2].Length + _remedies[_e3].Length + _remedies[_e4].Length + _remedies[_e5].Length + _remedies[_e6].Length + _remedies[_e7].Length;

    [Benchmark(OperationsPerInvoke = Unrolled), BenchmarkCategory("GetRemedy")]
    public int GetRemedy_Generated()
        => _e0.GetRemedy().Length + _e1.GetRemedy().Length + _e2.GetRemedy().Length + _e3.GetRemedy().Length + _e4.GetRemedy().Length + _e5.GetRemedy().Length + _e6.GetRemedy().Length + _e7.GetRemedy().Length;

    [Benchmark(Baseline = true, OperationsPerInvoke = Unrolled), BenchmarkCategory("GetKey")]
    public int GetKey_EnumToString()
        => _e0.ToString().Length + _e1.ToString().Length + _e2.ToString().Length + _e3.ToString().Length + _e4.ToString().Length + _e5.ToString().Length + _e6.ToString().Length + _e7.ToString().Length;

    [Benchmark(OperationsPerInvoke = Unrolled), BenchmarkCategory("GetKey")]
    public int GetKey_Dictionary()
        => _keys[_e0].Length + _keys[_e1].Length + _keys[_e2].Length + _keys[_e3].Length + _keys[_e4].Length + _keys[_e5].Length + _keys[_e6].Length + _keys[_e7].Length;

    [Benchmark(OperationsPerInvoke = Unrolled), BenchmarkCategory("GetKey")]
    public int GetKey_Generated()
        => _e0.GetKey().Length + _e1.GetKey().Length + _e2.GetKey().Length + _e3.GetKey().Length + _e4.GetKey().Length + _e5.GetKey().Length + _e6.GetKey().Length + _e7.GetKey().Length;

    [Benchmark(Baseline = true, OperationsPerInvoke = Unrolled), BenchmarkCategory("GetCode")]
    public int GetCode_Dictionary()
        => (_codes[_e0] ?? 0) + (_codes[_e1] ?? 0) + (_codes[_e2] ?? 0) + (_codes[_e3] ?? 0) + (_codes[_e4] ?? 0) + (_codes[_e5] ?? 0) + (_codes[_e6] ?? 0) + (_codes[_e7] ?? 0);

    [Benchmark(OperationsPerInvoke = Unrolled), BenchmarkCategory("GetCode")]
    public int GetCode_Generated()
        => (_e0.GetCode() ?? 0) + (_e1.GetCode() ?? 0) + (_e2.GetCode() ?? 0) + (_e3.GetCode() ?? 0) + (_e4.GetCode() ?? 0) + (_e5.GetCode() ?? 0) + (_e6.GetCode() ?? 0) + (_e7.GetCode() ?? 0);

    [Benchmark(Baseline = true, OperationsPerInvoke = Looped), BenchmarkCategory("FromCode hit")]
    public int FromCodeHit_DictionaryFromCode() => CountByDictionaryFromCode(_hitCodes);

    [Benchmark(OperationsPerInvoke = Looped), BenchmarkCategory("FromCode hit")]
    public int FromCodeHit_DictionaryTryGetValue() => CountByDictionary(_hitCodes);

    [Benchmark(OperationsPerInvoke = Looped), BenchmarkCategory("FromCode hit")]
    public int FromCodeHit_Generated() => CountGenerated(_hitCodes);

    [Benchmark(Baseline = true, OperationsPerInvoke = Looped), BenchmarkCategory("FromCode miss")]
    public int FromCodeMiss_DictionaryFromCode() => CountByDictionaryFromCode(_missCodes);

    [Benchmark(OperationsPerInvoke = Looped), BenchmarkCategory("FromCode miss")]
    public int FromCodeMiss_DictionaryTryGetValue() => CountByDictionary(_missCodes);

    [Benchmark(OperationsPerInvoke = Looped), BenchmarkCategory("FromCode miss")]
    public int FromCodeMiss_Generated() => CountGenerated(_missCodes);

    [Benchmark(Baseline = true, OperationsPerInvoke = Looped), BenchmarkCategory("TryParse hit")]
    public int TryParseHit_DictionaryTryGetValue() => ParseByDictionary(_byKey, _hitKeys);

    [Benchmark(OperationsPerInvoke = Looped), BenchmarkCategory("TryParse hit")]
    public int TryParseHit_EnumTryParse() => ParseByEnum(_memberNames, ignoreCase: false);

    [Benchmark(OperationsPerInvoke = Looped), BenchmarkCategory("TryParse hit")]
    public int TryParseHit_Generated() => ParseGenerated(_hitKeys);

    [Benchmark(Baseline = true, OperationsPerInvoke = Looped), BenchmarkCategory("TryParse miss")]
    public int TryParseMiss_DictionaryTryGetValue() => ParseByDictionary(_byKey, _missKeys);

    [Benchmark(OperationsPerInvoke = Looped), BenchmarkCategory("TryParse miss")]
    public int TryParseMiss_EnumTryParse() => ParseByEnum(_missMemberNames, ignoreCase: false);

    [Benchmark(OperationsPerInvoke = Looped), BenchmarkCategory("TryParse miss")]
    public int TryParseMiss_Generated() => ParseGenerated(_missKeys);

    [Benchmark(Baseline = true, OperationsPerInvoke = Looped), BenchmarkCategory("TryParse ignoreCase hit")]
    public int TryParseIgnoreCaseHit_DictionaryTryGetValue() => ParseByDictionary(_byKeyIgnoreCase, _upperHitKeys);

    [Benchmark(OperationsPerInvoke = Looped), BenchmarkCategory("TryParse ignoreCase hit")]
    public int TryParseIgnoreCaseHit_EnumTryParse() => ParseByEnum(_upperMemberNames, ignoreCase: true);

    [Benchmark(OperationsPerInvoke = Looped), BenchmarkCategory("TryParse ignoreCase hit")]
    public int TryParseIgnoreCaseHit_Generated() => ParseGeneratedIgnoreCase(_upperHitKeys);

    [Benchmark(Baseline = true, OperationsPerInvoke = Looped), BenchmarkCategory("TryParse ignoreCase miss")]
    public int TryParseIgnoreCaseMiss_DictionaryTryGetValue() => ParseByDictionary(_byKeyIgnoreCase, _upperMissKeys);

    [Benchmark(OperationsPerInvoke = Looped), BenchmarkCategory("TryParse ignoreCase miss")]
    public int TryParseIgnoreCaseMiss_EnumTryParse() => ParseByEnum(_upperMissMemberNames, ignoreCase: true);

    [Benchmark(OperationsPerInvoke = Looped), BenchmarkCategory("TryParse ignoreCase miss")]
    public int TryParseIgnoreCaseMiss_Generated() => ParseGeneratedIgnoreCase(_upperMissKeys);

    private int CountByDictionary(int[] codes)
    {
        var total = 0;
        foreach (var code in codes) total += _byCode.TryGetValue(code, out var errors) ? errors.Count : 0;
        return total;
    }

    // FromCode's contract on a Dictionary: the list, or an empty list on a miss; the caller reads its Count.
    private int CountByDictionaryFromCode(int[] codes)
    {
        var total = 0;
        foreach (var code in codes) total += (_byCode.TryGetValue(code, out var errors) ? errors : s_noErrors).Count;
        return total;
    }

    private static int CountGenerated(int[] codes)
    {
        var total = 0;
        foreach (var code in codes) total += SparkAdsErrors.FromCode(code).Count;
        return total;
    }

    private static int ParseByDictionary(Dictionary<string, SparkAdsError> byKey, string[] keys)
    {
        var total = 0;
        foreach (var key in keys) total += byKey.TryGetValue(key, out var error) ? (int)error : -1;
        return total;
    }

    private static int ParseByEnum(string[] names, bool ignoreCase)
    {
        var total = 0;
        foreach (var name in names) total += Enum.TryParse<SparkAdsError>(name, ignoreCase, out var error) ? (int)error : -1;
        return total;
    }

    private static int ParseGenerated(string[] keys)
    {
        var total = 0;
        foreach (var key in keys) total += SparkAdsErrors.TryParse(key, out var error) ? (int)error : -1;
        return total;
    }

    private static int ParseGeneratedIgnoreCase(string[] keys)
    {
        var total = 0;
        foreach (var key in keys) total += SparkAdsErrors.TryParse(key, ignoreCase: true, out var error) ? (int)error : -1;
        return total;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Looped), BenchmarkCategory("TryParse span hit")]
    public int TryParseSpanHit_EnumTryParse()
    {
        var sum = 0;
        foreach (var name in _memberNames)
        {
            sum += Enum.TryParse<SparkAdsError>(name.AsSpan(), out var error) ? (int)error : -1;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Looped), BenchmarkCategory("TryParse span hit")]
    public int TryParseSpanHit_Generated()
    {
        var sum = 0;
        foreach (var key in _hitKeys)
        {
            sum += SparkAdsErrors.TryParse(key.AsSpan(), out var error) ? (int)error : -1;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Looped), BenchmarkCategory("TryParse span hit")]
    public int TryParseUtf8Hit_Generated() => ParseUtf8(_utf8HitKeys);

    [Benchmark(Baseline = true, OperationsPerInvoke = Looped), BenchmarkCategory("TryParse span miss")]
    public int TryParseSpanMiss_EnumTryParse()
    {
        var sum = 0;
        foreach (var name in _missMemberNames)
        {
            sum += Enum.TryParse<SparkAdsError>(name.AsSpan(), out var error) ? (int)error : -1;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Looped), BenchmarkCategory("TryParse span miss")]
    public int TryParseUtf8Miss_Generated() => ParseUtf8(_utf8MissKeys);

    [Benchmark(Baseline = true, OperationsPerInvoke = Looped), BenchmarkCategory("JSON read hit")]
    public int JsonReadHit_JsonStringEnumConverter() => ReadJson(_jsonKeys, _stringEnumOptions);

    [Benchmark(OperationsPerInvoke = Looped), BenchmarkCategory("JSON read hit")]
    public int JsonReadHit_GeneratedConverter() => ReadJson(_jsonKeys, _generatedConverterOptions);

    [Benchmark(Baseline = true, OperationsPerInvoke = Looped), BenchmarkCategory("JSON read unknown key")]
    public int JsonReadUnknown_JsonStringEnumConverterThrows()
    {
        // What a team must write around JsonStringEnumConverter so that a key the catalog does not know yet maps to Unknown.
        var sum = 0;
        foreach (var json in _jsonMissKeys)
        {
            try
            {
                sum += (int)System.Text.Json.JsonSerializer.Deserialize<SparkAdsError>(json, _stringEnumOptions);
            }
            catch (System.Text.Json.JsonException)
            {
                sum -= 1;
            }
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Looped), BenchmarkCategory("JSON read unknown key")]
    public int JsonReadUnknown_GeneratedConverter() => ReadJson(_jsonMissKeys, _generatedConverterOptions);

    private static int ParseUtf8(byte[][] keys)
    {
        var sum = 0;
        foreach (var key in keys)
        {
            sum += SparkAdsErrors.TryParseUtf8(key, out var error) ? (int)error : -1;
        }

        return sum;
    }

    private static int ReadJson(byte[][] documents, System.Text.Json.JsonSerializerOptions options)
    {
        var sum = 0;
        foreach (var json in documents)
        {
            sum += (int)System.Text.Json.JsonSerializer.Deserialize<SparkAdsError>(json, options);
        }

        return sum;
    }
}
