using SparkAds.Analyzers.Catalog;
using SparkAds.Analyzers.Catalog.Csv;
using SparkAds.Analyzers.Generator;
using SparkAds.Analyzers.Generator.Emit;

namespace SparkAds.Analyzers.Tests.Generator;

/// <summary>The generator's cancellation reaches the merge, the emitter and the code hash table, which loop over every row.</summary>
public sealed class EmitterCancellationTests
{
    private static readonly string Catalog = "key,code,message,remedy\n" + string.Concat(Enumerable.Range(0, 600).Select(i => $"error_{i},{i},M.,R.\n"));

    [Fact]
    public void CancelledToken_StopsTheEmitterTheMergeAndTheCodeTable_AndALiveOneDoesNot()
    {
        var parsed = CatalogParser.Parse("/team/errors.csv", SourceText.From(Catalog), isBuiltIn: false, CancellationToken.None);
        var errors = CatalogMerger.Merge([parsed]).Errors;
        var options = new GeneratorOptions("SparkAds", NullableAnnotations: true);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Equal(6, new CatalogEmitter(errors, options, new TargetCapabilities(true, true, true), CancellationToken.None).EmitAll().Count());
        Assert.ThrowsAny<OperationCanceledException>(() => new CatalogEmitter(errors, options, TargetCapabilities.None, cancelled.Token).EmitAll().ToList());
        Assert.ThrowsAny<OperationCanceledException>(() => new CatalogEmitter(errors, options, TargetCapabilities.None, cancelled.Token).EmitEnum());
        Assert.ThrowsAny<OperationCanceledException>(() => CatalogMerger.Merge([parsed], cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => CodeHashTable.Build(Enumerable.Range(0, 600).ToList(), cancelled.Token));
        Assert.Equal(600, CodeHashTable.Build(Enumerable.Range(0, 600).ToList(), CancellationToken.None).Order.Count);
    }

    [Fact]
    public void TokenCancelledMidEmit_StopsWithinTheRows()
    {
        // A token that cancels after the emitter has started: the per-row checks must see it before the end.
        var parsed = CatalogParser.Parse("/team/errors.csv", SourceText.From(Catalog), isBuiltIn: false, CancellationToken.None);
        var errors = CatalogMerger.Merge([parsed]).Errors;
        using var source = new CancellationTokenSource();
        var emitter = new CatalogEmitter(errors, new GeneratorOptions("SparkAds", true), TargetCapabilities.None, source.Token);
        var files = emitter.EmitAll().GetEnumerator();

        Assert.True(files.MoveNext());
        source.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => files.MoveNext());
    }
}
