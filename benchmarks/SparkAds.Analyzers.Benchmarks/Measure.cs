using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace SparkAds.Analyzers.Benchmarks;

/// <summary>Medians of repeated runs after warm-up: the machine is shared and noisy, so no single run counts.</summary>
internal static class Measure
{
    public static TimeSpan Median(int warmups, int runs, Action action)
        => Median(warmups, runs, () =>
        {
            var stopwatch = Stopwatch.StartNew();
            action();
            return stopwatch.Elapsed;
        });

    public static TimeSpan Median(int warmups, int runs, Func<TimeSpan> timedRun)
    {
        for (var i = 0; i < warmups; i++)
        {
            timedRun();
        }

        var times = new List<TimeSpan>(runs);
        for (var i = 0; i < runs; i++)
        {
            // A collection left over from an earlier run should not land in this one.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            times.Add(timedRun());
        }

        return Median(times);
    }

    public static TimeSpan Median(IEnumerable<TimeSpan> times)
    {
        var sorted = times.OrderBy(static t => t).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : TimeSpan.FromTicks((sorted[(sorted.Count / 2) - 1].Ticks + sorted[sorted.Count / 2].Ticks) / 2);
    }
}
