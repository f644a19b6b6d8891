using SparkAds.Analyzers.Catalog;
using SparkAds.Analyzers.Catalog.Csv;
using SparkAds.Analyzers.Common;
using SparkAds.Analyzers.Generator;
using SparkAds.Analyzers.Generator.Emit;

namespace SparkAds.Analyzers.Tests.Generator.Emit;

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

        Assert.Equal(6, new CatalogEmitter(errors, EquatableArray<TeamColumn>.Empty, options, new TargetCapabilities(true, true, true), CancellationToken.None).EmitAll().Count());
        Assert.ThrowsAny<OperationCanceledException>(() => new CatalogEmitter(errors, EquatableArray<TeamColumn>.Empty, options, TargetCapabilities.None, cancelled.Token).EmitAll().ToList());
        Assert.ThrowsAny<OperationCanceledException>(() => new CatalogEmitter(errors, EquatableArray<TeamColumn>.Empty, options, TargetCapabilities.None, cancelled.Token).EmitEnum());
        Assert.ThrowsAny<OperationCanceledException>(() => CatalogMerger.Merge([parsed], cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => CodeHashTable.Build(Enumerable.Range(0, 600).ToList(), cancelled.Token));
        Assert.Equal(600, CodeHashTable.Build(Enumerable.Range(0, 600).ToList(), CancellationToken.None).Order.Count);
    }

    /// <summary>
    /// A token cancelled while one file's rows are written stops that file: only the checks within the row loops can
    /// see it, since the file's start was passed already. No hook into the emitter: a timer cancels a quarter into the
    /// fastest of three warm runs of the same file. On a busy machine the timer can fire late, after the file is done;
    /// such a try proves nothing and is repeated. Three tries must be decided: each one where the token was cancelled
    /// in the first half of the file's writing must stop.
    /// </summary>
    [Fact]
    public void TokenCancelledWhileAFileIsWritten_StopsWithinItsRows()
    {
        var rows = "key,code,message,remedy\n" + string.Concat(Enumerable.Range(0, 40_000).Select(i => $"error_{i},{i},Message of error {i}.,Remedy of error {i}.\n"));
        var errors = CatalogMerger.Merge([CatalogParser.Parse("/team/errors.csv", SourceText.From(rows), isBuiltIn: false, CancellationToken.None)]).Errors;
        var options = new GeneratorOptions("SparkAds", true);
        // The time of a whole file once the emitter's code is compiled (the first call also pays the JIT).
        var whole = TimeSpan.MaxValue;
        for (var warm = 0; warm < 3; warm++)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            new CatalogEmitter(errors, EquatableArray<TeamColumn>.Empty, options, TargetCapabilities.None, CancellationToken.None).EmitEnum();
            whole = clock.Elapsed < whole ? clock.Elapsed : whole;
        }

        var decided = 0;
        for (var attempt = 0; attempt < 60 && decided < 3; attempt++)
        {
            using var source = new CancellationTokenSource();
            var emitter = new CatalogEmitter(errors, EquatableArray<TeamColumn>.Empty, options, TargetCapabilities.None, source.Token);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var cancelledAt = TimeSpan.MaxValue;
            using var registration = source.Token.Register(() => cancelledAt = clock.Elapsed);
            source.CancelAfter(TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerMillisecond, whole.Ticks / 4)));
            try
            {
                emitter.EmitEnum();
            }
            catch (OperationCanceledException)
            {
                decided++;
                continue;
            }

            var finished = clock.Elapsed;
            Assert.False(cancelledAt.Ticks < finished.Ticks / 2, $"cancelled at {cancelledAt.TotalMilliseconds:F1} ms, yet the file was written to its end at {finished.TotalMilliseconds:F1} ms");
        }

        Assert.Equal(3, decided);
    }

    [Fact]
    public void TokenCancelledMidEmit_StopsWithinTheRows()
    {
        // A token that cancels after the emitter has started: the per-row checks must see it before the end.
        var parsed = CatalogParser.Parse("/team/errors.csv", SourceText.From(Catalog), isBuiltIn: false, CancellationToken.None);
        var errors = CatalogMerger.Merge([parsed]).Errors;
        using var source = new CancellationTokenSource();
        var emitter = new CatalogEmitter(errors, EquatableArray<TeamColumn>.Empty, new GeneratorOptions("SparkAds", true), TargetCapabilities.None, source.Token);
        var files = emitter.EmitAll().GetEnumerator();

        Assert.True(files.MoveNext());
        source.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => files.MoveNext());
    }
}
