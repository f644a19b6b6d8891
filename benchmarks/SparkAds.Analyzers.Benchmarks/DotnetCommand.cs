using System;
using System.Diagnostics;

namespace SparkAds.Analyzers.Benchmarks;

/// <summary>
/// Runs the SDK for the real-build benchmarks and fails on a failed command. Build servers stay off unless
/// <c>sharedCompilation</c> asks for the compiler server (whoever asks shuts it down with
/// <c>dotnet build-server shutdown</c>), so no server outlives a benchmark.
/// </summary>
internal static class DotnetCommand
{
    public static string Run(string directory, bool sharedCompilation, params string[] arguments)
    {
        var servers = arguments[0] is "build-server" ? string.Empty : " -nodeReuse:false -p:UseSharedCompilation=" + (sharedCompilation ? "true" : "false");
        var start = new ProcessStartInfo("dotnet", string.Join(' ', arguments) + servers)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {arguments[0]} failed ({process.ExitCode}):{Environment.NewLine}{output[Math.Max(0, output.Length - 4000)..]}{error.Result}");
        }

        return output;
    }

    public static string Quote(string path) => "\"" + path + "\"";
}
