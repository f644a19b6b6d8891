using CsvHelper;
using SparkAds.Analyzers.Catalog;

namespace SparkAds.Analyzers.Tests.EndToEnd;

/// <summary>
/// A solution as teams have them, with nothing but the PackageReference: a strict root Directory.Build.props
/// (warnings as errors), a library with a team catalog and an app referencing it (default settings), the same pair
/// under one solution-wide <c>SparkAdsNamespace</c>, a TikTok client with its own class <c>SparkAds</c>, and
/// projects whose names are not namespaces. Lines marked <c>// expect: ID</c> carry the only diagnostics.
/// </summary>
internal static class SolutionFiles
{
    public const string TeamRowMessage = "This switch over Spark Ads errors does not handle team_quota_exceeded (4290)";

    public static readonly string[] Projects =
    [
        "Ads.Core/Ads.Core.csproj",
        "Ads.App/Ads.App.csproj",
        "shared-namespace/Acme.Core/Acme.Core.csproj",
        "shared-namespace/Acme.App/Acme.App.csproj",
        "TikTok.ApiClient/TikTok.ApiClient.csproj",
        "My-App.Api/My-App.Api.csproj",
        "2048.Tools/2048.Tools.csproj",
    ];

    public static IEnumerable<(string Name, string Content)> All()
    {
        yield return ("NuGet.Config", PackedPackage.NuGetConfig);
        yield return ("Solution.slnx", "<Solution>\n" + string.Concat(Projects.Select(p => $"  <Project Path=\"{p}\" />\n")) + "</Solution>\n");
        yield return ("Directory.Build.props", """
            <Project>
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <!-- The switches below are left incomplete on purpose: their SPARK001 must stay visible, not fail the build. -->
                <WarningsNotAsErrors>$(WarningsNotAsErrors);SPARK001</WarningsNotAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SparkAds.Analyzers" Version="1.0.0" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        yield return ("shared-namespace/Directory.Build.props", """
            <Project>
              <Import Project="$([MSBuild]::GetPathOfFileAbove('Directory.Build.props', '$(MSBuildThisFileDirectory)../'))" />
              <PropertyGroup>
                <SparkAdsNamespace>Acme.TikTok</SparkAdsNamespace>
              </PropertyGroup>
            </Project>
            """);

        foreach (var file in Pair("Ads.Core", "Ads.App", "Ads.Core.SparkAdsError", "namespace Ads.App;"))
        {
            yield return file;
        }

        foreach (var file in Pair("shared-namespace/Acme.Core", "shared-namespace/Acme.App", "SparkAdsError", "using Acme.TikTok;\n\nnamespace Acme.App;"))
        {
            yield return file;
        }

        yield return ("TikTok.ApiClient/TikTok.ApiClient.csproj", Library(string.Empty));
        yield return ("TikTok.ApiClient/Entities/SparkAds.cs", """
            namespace TikTok.ApiClient.Entities;

            /// <summary>An entity of a public TikTok Marketing API client.</summary>
            public class SparkAds
            {
                public string? AuthCode { get; set; }
            }
            """);
        yield return ("TikTok.ApiClient/Services/SparkAdsService.cs", """
            using TikTok.ApiClient.Entities;

            namespace TikTok.ApiClient.Services;

            public static class SparkAdsService
            {
                public static SparkAds Authorize(string code) => new() { AuthCode = code };

                public static string Explain(SparkAdsError error) => error.GetRemedy();
            }
            """);

        yield return ("My-App.Api/My-App.Api.csproj", Library(string.Empty));
        yield return ("My-App.Api/Errors.cs", """
            namespace My_App.Api;

            public static class Errors
            {
                public static string Describe(string key) => SparkAdsErrors.TryParse(key, out var error) ? error.GetMessage() : SparkAdsErrorKeys.AuthCodeExpired;
            }
            """);
        yield return ("2048.Tools/2048.Tools.csproj", Library(string.Empty));
        yield return ("2048.Tools/Errors.cs", """
            using _2048.Tools;

            public static class Errors
            {
                public static int Count => _2048.Tools.SparkAdsErrors.All.Count;

                public static int? Code => _2048.Tools.SparkAdsError.AuthCodeExpired.GetCode();
            }
            """);
    }

    /// <summary>A library with a team catalog and an app that references it, whose switch over the library's errors names every built-in error.</summary>
    private static IEnumerable<(string Name, string Content)> Pair(string core, string app, string errorType, string header)
    {
        var coreName = Path.GetFileName(core);
        yield return ($"{core}/{coreName}.csproj", Library("""
              <ItemGroup>
                <SparkAdsCatalog Include="team-errors.csv" />
              </ItemGroup>
            """));
        yield return ($"{core}/team-errors.csv", "key,code,message,remedy,kind\nteam_quota_exceeded,4290,Quota hit.,Retry later.,system\n");
        yield return ($"{core}/ErrorReader.cs", $$"""
            {{(errorType == "SparkAdsError" ? "using Acme.TikTok;\n\n" : string.Empty)}}namespace {{coreName}};

            /// <summary>The library's public API exposes its errors.</summary>
            public static class ErrorReader
            {
                public static SparkAdsError Read(string key) => SparkAdsErrors.TryParse(key, out var error) ? error : SparkAdsError.Unknown;
            }
            """);
        yield return ($"{app}/{Path.GetFileName(app)}.csproj", $$"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../{{coreName}}/{{coreName}}.csproj" />
              </ItemGroup>
            </Project>
            """);
        var cases = string.Concat(BuiltInMembers().Select(m => $"            case {errorType}.{m}: return \"{m}\";\n"));
        yield return ($"{app}/Program.cs", $$"""
            {{header}}

            public static class Program
            {
                public static void Main(string[] args) => System.Console.WriteLine(Handle({{coreName}}.ErrorReader.Read(args.FirstOrDefault() ?? "team_quota_exceeded")));

                public static string Handle({{errorType}} error)
                {
                    switch (error) // expect: SPARK001
                    {
                        case {{errorType}}.Unknown: return "unknown";
            {{cases}}        }

                    return "unhandled";
                }
            }
            """);
    }

    private static string Library(string items) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
        {items}</Project>
        """;

    /// <summary>The built-in catalog's enum members, from the shipped CSV.</summary>
    private static List<string> BuiltInMembers()
    {
        using var reader = new CsvReader(new StreamReader(TestPaths.BuiltInCatalog), CultureInfo.InvariantCulture);
        return reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>().Select(row => KeyNaming.ToMemberName((string)row["key"])).ToList();
    }
}
