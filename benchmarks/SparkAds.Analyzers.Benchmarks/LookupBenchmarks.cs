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

    private SparkAdsError[] _errors = [];
    private Dictionary<SparkAdsError, string> _messages = [];
    private Dictionary<SparkAdsError, string> _remedies = [];
    private Dictionary<SparkAdsError, string> _keys = [];
    private Dictionary<SparkAdsError, int?> _codes = [];
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

    [GlobalSetup]
    public void Setup()
    {
        _errors = [.. SparkAdsErrors.All];
        _messages = _errors.ToDictionary(static e => e, static e => e.GetMessage());
        _remedies = _errors.ToDictionary(static e => e, static e => e.GetRemedy());
        _keys = _errors.ToDictionary(static e => e, static e => e.GetKey());
        _codes = _errors.ToDictionary(static e => e, static e => e.GetCode());
        _byCode = _errors.Where(static e => e.GetCode().HasValue)
            .GroupBy(static e => e.GetCode()!.Value)
            .ToDictionary(static g => g.Key, static g => (IReadOnlyList<SparkAdsError>)g.ToList().AsReadOnly());
        _byKey = _errors.ToDictionary(static e => e.GetKey(), StringComparer.Ordinal);
        _byKeyIgnoreCase = _errors.ToDictionary(static e => e.GetKey(), StringComparer.OrdinalIgnoreCase);

        _hitCodes = [.. _byCode.Keys];
        _missCodes = [.. _hitCodes.Select(static c => c + 1).Where(c => !_byCode.ContainsKey(c))];
        _hitKeys = [.. _errors.Select(static e => Copy(e.GetKey()))];

        // Misses of the same length (last letter changed) and of other lengths: both paths of a switch on strings.
        _missKeys = [.. _errors.SelectMany(static e => new[] { Copy(e.GetKey()[..^1] + "x"), Copy(e.GetKey() + "_v2") })];
        _upperHitKeys = [.. _hitKeys.Select(static k => k.ToUpperInvariant())];
        _upperMissKeys = [.. _missKeys.Select(static k => k.ToUpperInvariant())];
        _memberNames = [.. _errors.Select(static e => Copy(e.ToString()))];
        _missMemberNames = [.. _memberNames.SelectMany(static n => new[] { Copy(n[..^1] + "x"), Copy(n + "V2") })];
        _upperMemberNames = [.. _memberNames.Select(static n => n.ToUpperInvariant())];
        _upperMissMemberNames = [.. _missMemberNames.Select(static n => n.ToUpperInvariant())];
    }

    private static string Copy(string text) => new(text.AsSpan());

    [Benchmark(Baseline = true), BenchmarkCategory("GetMessage")]
    public int GetMessage_Dictionary()
    {
        var total = 0;
        foreach (var error in _errors) total += _messages[error].Length;
        return total;
    }

    [Benchmark, BenchmarkCategory("GetMessage")]
    public int GetMessage_Generated()
    {
        var total = 0;
        foreach (var error in _errors) total += error.GetMessage().Length;
        return total;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("GetRemedy")]
    public int GetRemedy_Dictionary()
    {
        var total = 0;
        foreach (var error in _errors) total += _remedies[error].Length;
        return total;
    }

    [Benchmark, BenchmarkCategory("GetRemedy")]
    public int GetRemedy_Generated()
    {
        var total = 0;
        foreach (var error in _errors) total += error.GetRemedy().Length;
        return total;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("GetKey")]
    public int GetKey_EnumToString()
    {
        var total = 0;
        foreach (var error in _errors) total += error.ToString().Length;
        return total;
    }

    [Benchmark, BenchmarkCategory("GetKey")]
    public int GetKey_Dictionary()
    {
        var total = 0;
        foreach (var error in _errors) total += _keys[error].Length;
        return total;
    }

    [Benchmark, BenchmarkCategory("GetKey")]
    public int GetKey_Generated()
    {
        var total = 0;
        foreach (var error in _errors) total += error.GetKey().Length;
        return total;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("GetCode")]
    public int GetCode_Dictionary()
    {
        var total = 0;
        foreach (var error in _errors) total += _codes[error] ?? 0;
        return total;
    }

    [Benchmark, BenchmarkCategory("GetCode")]
    public int GetCode_Generated()
    {
        var total = 0;
        foreach (var error in _errors) total += error.GetCode() ?? 0;
        return total;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("FromCode hit")]
    public int FromCodeHit_DictionaryTryGetValue() => CountByDictionary(_hitCodes);

    [Benchmark, BenchmarkCategory("FromCode hit")]
    public int FromCodeHit_Generated() => CountGenerated(_hitCodes);

    [Benchmark(Baseline = true), BenchmarkCategory("FromCode miss")]
    public int FromCodeMiss_DictionaryTryGetValue() => CountByDictionary(_missCodes);

    [Benchmark, BenchmarkCategory("FromCode miss")]
    public int FromCodeMiss_Generated() => CountGenerated(_missCodes);

    [Benchmark(Baseline = true), BenchmarkCategory("TryParse hit")]
    public int TryParseHit_DictionaryTryGetValue() => ParseByDictionary(_byKey, _hitKeys);

    [Benchmark, BenchmarkCategory("TryParse hit")]
    public int TryParseHit_EnumTryParse() => ParseByEnum(_memberNames, ignoreCase: false);

    [Benchmark, BenchmarkCategory("TryParse hit")]
    public int TryParseHit_Generated() => ParseGenerated(_hitKeys);

    [Benchmark(Baseline = true), BenchmarkCategory("TryParse miss")]
    public int TryParseMiss_DictionaryTryGetValue() => ParseByDictionary(_byKey, _missKeys);

    [Benchmark, BenchmarkCategory("TryParse miss")]
    public int TryParseMiss_EnumTryParse() => ParseByEnum(_missMemberNames, ignoreCase: false);

    [Benchmark, BenchmarkCategory("TryParse miss")]
    public int TryParseMiss_Generated() => ParseGenerated(_missKeys);

    [Benchmark(Baseline = true), BenchmarkCategory("TryParse ignoreCase hit")]
    public int TryParseIgnoreCaseHit_DictionaryTryGetValue() => ParseByDictionary(_byKeyIgnoreCase, _upperHitKeys);

    [Benchmark, BenchmarkCategory("TryParse ignoreCase hit")]
    public int TryParseIgnoreCaseHit_EnumTryParse() => ParseByEnum(_upperMemberNames, ignoreCase: true);

    [Benchmark, BenchmarkCategory("TryParse ignoreCase hit")]
    public int TryParseIgnoreCaseHit_Generated() => ParseGeneratedIgnoreCase(_upperHitKeys);

    [Benchmark(Baseline = true), BenchmarkCategory("TryParse ignoreCase miss")]
    public int TryParseIgnoreCaseMiss_DictionaryTryGetValue() => ParseByDictionary(_byKeyIgnoreCase, _upperMissKeys);

    [Benchmark, BenchmarkCategory("TryParse ignoreCase miss")]
    public int TryParseIgnoreCaseMiss_EnumTryParse() => ParseByEnum(_upperMissMemberNames, ignoreCase: true);

    [Benchmark, BenchmarkCategory("TryParse ignoreCase miss")]
    public int TryParseIgnoreCaseMiss_Generated() => ParseGeneratedIgnoreCase(_upperMissKeys);

    private int CountByDictionary(int[] codes)
    {
        var total = 0;
        foreach (var code in codes) total += _byCode.TryGetValue(code, out var errors) ? errors.Count : 0;
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
}
