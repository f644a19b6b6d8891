using System.Reflection;
using System.Runtime.Loader;

namespace SparkAds.Analyzers.Tests.Infrastructure;

/// <summary>
/// A generated consumer compiled to IL and loaded in a collectible context, so tests can call the
/// generated lookups and see what a real program sees at run time.
/// </summary>
public sealed class CompiledConsumer : IDisposable
{
    private readonly AssemblyLoadContext _context;

    private CompiledConsumer(AssemblyLoadContext context, Assembly assembly, string @namespace)
    {
        _context = context;
        Assembly = assembly;
        Namespace = @namespace;
    }

    public Assembly Assembly { get; }

    public string Namespace { get; }

    /// <summary>Emits <paramref name="result"/>'s compilation; fails the test with the compiler's errors if it does not compile.</summary>
    public static CompiledConsumer Load(GeneratorResult result, string @namespace = "SparkAds")
    {
        using var stream = new MemoryStream();
        var emit = result.OutputCompilation.Emit(stream);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(ExpectedDiagnostic.Format)));
        stream.Position = 0;
        var context = new AssemblyLoadContext("consumer-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return new CompiledConsumer(context, context.LoadFromStream(stream), @namespace);
    }

    public Type ErrorEnum => Type("SparkAdsError");

    public Type Type(string name) => Assembly.GetType(Namespace + "." + name, throwOnError: true)!;

    /// <summary>The enum value named <paramref name="member"/>.</summary>
    public object Error(string member) => Enum.Parse(ErrorEnum, member);

    /// <summary>Calls a static method of a generated type, e.g. <c>Invoke("SparkAdsErrorExtensions", "GetMessage", error)</c>.</summary>
    public object? Invoke(string typeName, string method, params object?[] arguments)
    {
        var candidates = Type(typeName).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name == method && m.GetParameters().Length == arguments.Length)
            .ToList();
        Assert.True(candidates.Count == 1, $"Expected one {typeName}.{method} with {arguments.Length} parameters, found {candidates.Count}.");
        return candidates[0].Invoke(null, arguments);
    }

    /// <summary>Calls <c>TryParse(key, [ignoreCase,] out error)</c> and returns both results.</summary>
    public (bool Found, object Error) TryParse(string? key, bool? ignoreCase = null)
    {
        var arguments = ignoreCase is { } ignore ? new object?[] { key, ignore, null } : new object?[] { key, null };
        var types = ignoreCase is null ? new[] { typeof(string), ErrorEnum.MakeByRefType() } : new[] { typeof(string), typeof(bool), ErrorEnum.MakeByRefType() };
        var found = (bool)Type("SparkAdsErrors").GetMethod("TryParse", types)!.Invoke(null, arguments)!;
        return (found, arguments[^1]!);
    }

    public void Dispose() => _context.Unload();
}
