#!/usr/bin/env bash
# Builds and runs the sample the way a user consumes the package: pack it into a local feed, restore the sample
# (a library holding the team catalog, an app that references it; SparkAds.Samples.sln opens both in an IDE) from that
# feed into its own package folder (so no stale copy is used), build the app and through it the library (showing the
# package's warnings in the app), run the app.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
feed="$root/artifacts/packages"
packages="$root/artifacts/sample-packages"
flags=(-nodeReuse:false -p:UseSharedCompilation=false)

rm -rf "$feed" "$packages"
dotnet pack "$root/src/SparkAds.Analyzers.Package" -c Release -o "$feed" "${flags[@]}"
dotnet build "$root/samples/SparkAds.Sample.App" -c Release "${flags[@]}" -p:RestorePackagesPath="$packages"
dotnet run --project "$root/samples/SparkAds.Sample.App" -c Release --no-build
