using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SparkAds.Analyzers.Benchmarks;

/// <summary>Console output of the in-process modes: plain lines that paste into docs/performance.md.</summary>
internal static class Report
{
    public static void Heading(string text)
    {
        Console.WriteLine();
        Console.WriteLine("## " + text);
        Console.WriteLine();
    }

    public static void Line(string text) => Console.WriteLine(text);

    public static string Ms(TimeSpan time) => Number(time) + " ms";

    /// <summary>The median and the range of repeated times: <c>54.0 ms (48.0–61.0)</c>.</summary>
    public static string MedianRange(IEnumerable<TimeSpan> times)
    {
        var all = times.ToList();
        return $"{Ms(Measure.Median(all))} ({Number(all.Min())}–{Number(all.Max())})";
    }

    public static string Ratio(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Percent(double fraction) => (fraction * 100).ToString("0.00", CultureInfo.InvariantCulture) + " %";

    public static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

    public static string Verdict(bool met) => met ? "MET" : "MISSED";

    private static string Number(TimeSpan time) => time.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture);
}
