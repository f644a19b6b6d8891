using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SparkAds.Analyzers.Benchmarks;

/// <summary>What the real-build benchmarks read from a <c>dotnet build -v:d -clp:PerformanceSummary</c> log.</summary>
internal static partial class BuildLog
{
    /// <summary>The Csc task's total time in the build's performance summary.</summary>
    public static TimeSpan CscTime(string log)
    {
        var line = CscTask().Match(log);
        if (!line.Success)
        {
            throw new InvalidOperationException("No Csc line in the build's performance summary.");
        }

        return TimeSpan.FromMilliseconds(double.Parse(line.Groups["ms"].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^\s*(?<ms>\d+) ms\s+Csc\s+\d+ calls", RegexOptions.Multiline)]
    private static partial Regex CscTask();
}
