using System;
using System.IO;

namespace SparkAds.Analyzers.Benchmarks;

/// <summary>
/// A user's project (or solution) built as <see cref="RealProjectCost"/> measures it, without touching its files: a
/// .targets file passed as <c>CustomAfterMicrosoftCommonTargets</c> sets <c>EnforceCodeStyleInBuild</c>, adds a global
/// analyzer config that raises IDE0010 and IDE0072 to warnings, keeps warnings from failing the build, and, with the
/// package, references <c>SparkAds.Analyzers</c> from the packed feed. Restore takes the feed as an additional source
/// into a package folder of the benchmark's own; outputs go to an artifacts folder per variant, never the project's
/// bin/obj. Commands run in the project's folder, so its global.json chooses the SDK as in the user's own builds.
/// </summary>
internal sealed class InjectedBuild
{
    private const string DefaultPackages = "packages";

    private readonly string _target;
    private readonly string _directory;
    private readonly string[] _properties;

    private InjectedBuild(string target, string[] properties)
    {
        _target = target;
        _directory = Directory.Exists(target) ? target : Path.GetDirectoryName(target)!;
        _properties = properties;
    }

    /// <summary>
    /// The variant's files and folders go to <c>work/name</c>; the package folder <c>work/packages</c> is shared by the
    /// variants, unless <paramref name="packages"/> names another (a second package of the same id and version needs one).
    /// </summary>
    public static InjectedBuild Create(string target, string work, string name, PackedFeed feed, bool withPackage, string packages = DefaultPackages)
    {
        var folder = Directory.CreateDirectory(Path.Combine(work, name)).FullName;
        var globalConfig = Path.Combine(folder, "populate-switch-warnings.globalconfig");
        File.WriteAllText(globalConfig, """
            is_global = true
            global_level = 100
            dotnet_diagnostic.IDE0010.severity = warning
            dotnet_diagnostic.IDE0072.severity = warning
            """);
        var targets = Path.Combine(folder, "inject.targets");
        File.WriteAllText(targets, Targets(globalConfig, withPackage ? feed.Version : null));
        return new InjectedBuild(target, [
            "-p:CustomAfterMicrosoftCommonTargets=" + DotnetCommand.Quote(targets),
            "-p:RestoreAdditionalProjectSources=" + DotnetCommand.Quote(feed.Directory),
            "-p:RestorePackagesPath=" + DotnetCommand.Quote(PackagesFolder(work, packages)),
            "--artifacts-path", DotnetCommand.Quote(Path.Combine(folder, "artifacts")),
        ]);
    }

    /// <summary>Where restore puts the packages of the variants that share <paramref name="packages"/>.</summary>
    public static string PackagesFolder(string work, string packages = DefaultPackages) => Path.Combine(work, packages);

    public void Restore() => DotnetCommand.Run(_directory, false, ["restore", DotnetCommand.Quote(_target), .. _properties]);

    /// <summary>One <c>-t:Rebuild</c> in Release with the compiler's analyzer report; returns the detailed log.</summary>
    public string Rebuild(bool sharedCompilation)
        => DotnetCommand.Run(_directory, sharedCompilation, [
            "build", DotnetCommand.Quote(_target), "--no-restore", "-c", "Release", "-t:Rebuild", .. _properties,
            "-p:ReportAnalyzer=true", "-v:d", "-clp:PerformanceSummary"]);

    // Evaluated after the project's own files, so its settings win over the project's. With central package
    // management the version goes to a PackageVersion item, as NuGet requires.
    private static string Targets(string globalConfig, string? packageVersion)
    {
        var package = packageVersion is null ? string.Empty : $$"""
              <ItemGroup Condition="'$(ManagePackageVersionsCentrally)' == 'true'">
                <PackageVersion Include="{{LocalPackageFeed.PackageId}}" Version="{{packageVersion}}" />
                <PackageReference Include="{{LocalPackageFeed.PackageId}}" PrivateAssets="all" />
              </ItemGroup>
              <ItemGroup Condition="'$(ManagePackageVersionsCentrally)' != 'true'">
                <PackageReference Include="{{LocalPackageFeed.PackageId}}" Version="{{packageVersion}}" PrivateAssets="all" />
              </ItemGroup>

            """;
        return $$"""
            <Project>
              <!-- Written by the SparkAds.Analyzers benchmark (real-project mode); passed as CustomAfterMicrosoftCommonTargets. -->
              <PropertyGroup>
                <EnforceCodeStyleInBuild>true</EnforceCodeStyleInBuild>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                <CodeAnalysisTreatWarningsAsErrors>false</CodeAnalysisTreatWarningsAsErrors>
                <MSBuildTreatWarningsAsErrors>false</MSBuildTreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <!-- Csc's analyzer config files; the file's is_global makes it a global config whatever its name. -->
                <EditorConfigFiles Include="{{globalConfig}}" />
              </ItemGroup>
            {{package}}</Project>
            """;
    }
}
