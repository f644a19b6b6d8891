using System.Text.RegularExpressions;

namespace SparkAds.Analyzers.Tests.EndToEnd;

/// <summary>The analyzers in a real consumer build: each warning on the line it belongs to, nothing elsewhere.</summary>
[Collection(PackedConsumerGroup.Name)]
public sealed partial class AnalyzerDiagnosticsEndToEndTests(PackedConsumerFixture consumer)
{
    [Fact]
    public void ConsumerBuildLog_HasEachSparkWarningOnItsMarkedLineAndNoOther()
    {
        var expected = ExpectedFrom("Identity.cs", ConsumerFiles.Identity)
            .Concat(ExpectedFrom("Program.cs", ConsumerFiles.Program))
            .Concat(ExpectedFrom("Switches.cs", ConsumerFiles.Switches))
            .Concat(ExpectedFrom("Conversions.cs", ConsumerFiles.Conversions))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(expected, Reported(consumer.BuildLog));
    }

    /// <summary>
    /// "file(line,col): ID" for every line that carries an <c>// expect: ID</c> marker (the diagnostic starts at
    /// the <c>switch</c> keyword) or an <c>// expect: ID at TEXT</c> marker (it starts at the last TEXT before the marker).
    /// </summary>
    internal static List<string> ExpectedFrom(string file, string source)
    {
        var lines = source.Split('\n');
        var expected = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var marker = lines[i].IndexOf("// expect: ", StringComparison.Ordinal);
            if (marker < 0)
            {
                continue;
            }

            var expectation = lines[i][(marker + "// expect: ".Length)..].Trim();
            var at = expectation.IndexOf(" at ", StringComparison.Ordinal);
            var id = at < 0 ? expectation : expectation[..at];
            var anchor = at < 0 ? "switch" : expectation[(at + " at ".Length)..];
            var column = lines[i][..marker].LastIndexOf(anchor, StringComparison.Ordinal) + 1;
            expected.Add($"{file}({i + 1},{column}): {id}");
        }

        return expected;
    }

    /// <summary>Distinct SPARK diagnostics of the build log as "file(line,col): ID", in file and line order.</summary>
    internal static List<string> Reported(string buildLog)
        => [.. SparkDiagnostic().Matches(buildLog)
            .Select(m => $"{m.Groups["file"].Value}({m.Groups["line"].Value},{m.Groups["column"].Value}): {m.Groups["id"].Value}")
            .Distinct()
            .OrderBy(s => s, StringComparer.Ordinal)];

    [GeneratedRegex(@"(?<file>[^/\\\s]+\.cs)\((?<line>\d+),(?<column>\d+)\): (warning|error) (?<id>SPARK\d{3})")]
    private static partial Regex SparkDiagnostic();
}
