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

    /// <summary>
    /// Medians of two actions run alternately (<paramref name="first"/>, then <paramref name="second"/>, each run), after
    /// warm-ups of both, so both see the same moments of a shared machine and their ratio holds where absolute times drift.
    /// </summary>
    public static (TimeSpan First, TimeSpan Second) Interleaved(int warmups, int runs, Action first, Action second)
    {
        var firstTimes = new List<TimeSpan>(runs);
        var secondTimes = new List<TimeSpan>(runs);
        for (var i = 0; i < warmups + runs; i++)
        {
            foreach (var (action, times) in new[] { (first, firstTimes), (second, secondTimes) })
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var stopwatch = Stopwatch.StartNew();
                action();
                if (i >= warmups)
                {
                    times.Add(stopwatch.Elapsed);
                }
            }
        }

        return (Median(firstTimes), Median(secondTimes));
    }

    public static TimeSpan Median(IEnumerable<TimeSpan> times)
    {
        var sorted = times.OrderBy(static t => t).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : TimeSpan.FromTicks((sorted[(sorted.Count / 2) - 1].Ticks + sorted[sorted.Count / 2].Ticks) / 2);
    }
}
