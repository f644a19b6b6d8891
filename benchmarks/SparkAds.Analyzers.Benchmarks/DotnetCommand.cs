using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;

namespace SparkAds.Analyzers.Benchmarks;

/// <summary>
/// Runs the SDK for the real-build benchmarks and fails on a failed command. Build servers stay off unless
/// <c>sharedCompilation</c> asks for the compiler server. That server is this benchmark's own (its pipe name is
/// <see cref="ServerPipe"/>, passed as <c>SharedCompilationId</c>), so it never serves or stops another build on a
/// shared machine; whoever asks for it stops it with <see cref="ShutdownServer"/>, so no server outlives a benchmark.
/// </summary>
internal static class DotnetCommand
{
    /// <summary>The pipe name of this process's compiler server.</summary>
    public static readonly string ServerPipe = "sparkads-benchmark-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Run(string directory, bool sharedCompilation, params string[] arguments)
        => Exec(directory, string.Join(' ', arguments) + " -nodeReuse:false -p:UseSharedCompilation=" + (sharedCompilation ? "true -p:SharedCompilationId=" + ServerPipe : "false"), arguments[0]);

    /// <summary>Stops this process's compiler server, if it runs (<c>VBCSCompiler -shutdown</c> with its pipe name; never <c>dotnet build-server shutdown</c>, which stops every build's).</summary>
    public static void ShutdownServer(string directory)
    {
        var version = Exec(directory, "--version", "--version").Trim();
        var dotnetRoot = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var server = Path.Combine(dotnetRoot, "sdk", version, "Roslyn", "bincore", "VBCSCompiler.dll");
        Exec(directory, "exec " + Quote(server) + " -shutdown -pipename:" + ServerPipe, "exec VBCSCompiler -shutdown");
    }

    public static string Quote(string path) => "\"" + path + "\"";

    private static string Exec(string directory, string arguments, string what)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
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
            throw new InvalidOperationException($"dotnet {what} failed ({process.ExitCode}):{Environment.NewLine}{output[Math.Max(0, output.Length - 4000)..]}{error.Result}");
        }

        return output;
    }
}
