using System;
using System.Globalization;

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

    public static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms";

    public static string Ratio(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Percent(double fraction) => (fraction * 100).ToString("0.00", CultureInfo.InvariantCulture) + " %";

    public static string Verdict(bool met) => met ? "MET" : "MISSED";
}
