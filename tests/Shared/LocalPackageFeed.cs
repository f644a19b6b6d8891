using System.Collections.Generic;
using System.Linq;

namespace SparkAds.Analyzers.Tests.Shared;

/// <summary>
/// A consumer restored from a folder the packed package was written to, as the end-to-end tests and the real-build
/// benchmarks write it: its NuGet.Config, whose only source is that folder (so a build can only get
/// SparkAds.Analyzers from the nupkg under test), and its project file.
/// </summary>
public static class LocalPackageFeed
{
    public const string PackageId = "SparkAds.Analyzers";

    public static string NuGetConfig(string feedDirectory) => $$"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="sparkads-local" value="{{feedDirectory}}" />
          </packageSources>
        </configuration>
        """;

    /// <summary>
    /// A net10.0 project, nullable on, that references the package at <paramref name="version"/>;
    /// <paramref name="properties"/> and <paramref name="items"/> (one element each) join its groups.
    /// </summary>
    public static string ConsumerProject(string version, IEnumerable<string> properties, IEnumerable<string> items) => $$"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
        {{Lines(properties)}}  </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="{{PackageId}}" Version="{{version}}" PrivateAssets="all" />
        {{Lines(items)}}  </ItemGroup>
        </Project>
        """;

    private static string Lines(IEnumerable<string> elements) => string.Concat(elements.Select(static element => "    " + element + "\n"));
}
