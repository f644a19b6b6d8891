#!/usr/bin/env bash
# Budget 1 (docs/performance.md): generates a synthetic consumer of N files (default 500) in memory, runs every
# SparkAds analyzer and Roslyn's IDE0010 + IDE0072 analyzers over the same compilation, prints the ratio and
# the share of the compile. Usage: benchmarks/analyzer-ratio.sh [files]
set -euo pipefail
cd "$(dirname "$0")/.."
# Build with the servers off, then run without building: dotnet run would take build flags for program arguments.
dotnet build benchmarks/SparkAds.Analyzers.Benchmarks -c Release -nodeReuse:false -p:UseSharedCompilation=false -v:q -nologo
exec dotnet run -c Release --no-build --project benchmarks/SparkAds.Analyzers.Benchmarks -- analyzers "$@"
